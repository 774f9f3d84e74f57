package no.lpp.moteplass.support.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception a controller lets through into a problem detail. Validation and domain rules give 4xx with a
 * message a person can act on, naming the field; anything else is a bug and gives a 500 that reveals nothing but is
 * logged in full. Spring's own refusals (405, 415 ...) get Norwegian texts from {@code moteplass-problems.properties}.
 */
@RestControllerAdvice
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);
    private static final String INVALID_FIELDS = "Ett eller flere felt er ugyldige.";
    private static final String INVALID_PARAMETERS = "Ett eller flere parametre er ugyldige.";

    private static final String UNAVAILABLE = "Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.";

    private final Outages outages = new Outages();

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), message(error)))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return respond(ex, headers, request, HttpStatus.BAD_REQUEST, INVALID_FIELDS, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestTooLarge.class)) {
            return respond(ex, headers, request, HttpStatus.CONTENT_TOO_LARGE, RequestTooLarge.DETAIL, List.of());
        }
        return BodyProblems.of(ex)
                .map(field -> respond(ex, headers, request, HttpStatus.BAD_REQUEST, INVALID_FIELDS, List.of(field)))
                .orElseGet(() -> respond(ex, headers, request, HttpStatus.BAD_REQUEST,
                        "Forespørselen kunne ikke leses. Send gyldig JSON (UTF-8) med feltene og typene beskrevet i"
                                + " API-dokumentasjonen.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "(parameter)" : ex.getPropertyName();
        return respond(ex, headers, request, HttpStatus.BAD_REQUEST, INVALID_PARAMETERS,
                List.of(new FieldProblem(name, BodyProblems.expected(ex.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(ex, headers, request, HttpStatus.BAD_REQUEST, INVALID_PARAMETERS,
                List.of(new FieldProblem(ex.getParameterName(), "må fylles ut")));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return respond(ex, headers, request, HttpStatus.BAD_REQUEST, INVALID_PARAMETERS, errors);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // Spring's own problems (404 for an unknown path, 405, 415 ...) get the same Norwegian titles as ours.
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(ProblemDetails.title(status));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem = ProblemDetails.of(HttpStatus.BAD_REQUEST, INVALID_PARAMETERS);
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
        return problem;
    }

    /** The firewall refuses some headers only when they are read, which may be inside a controller. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException ex) {
        return ProblemDetails.of(HttpStatus.BAD_REQUEST, RejectedRequests.DETAIL);
    }

    @ExceptionHandler(RequestTooLarge.class)
    ProblemDetail tooLarge(RequestTooLarge ex) {
        return ProblemDetails.of(HttpStatus.CONTENT_TOO_LARGE, RequestTooLarge.DETAIL);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return ProblemDetails.of(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        return ProblemDetails.of(HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ProblemDetail preconditionFailed(PreconditionFailedException ex) {
        return ProblemDetails.of(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
        return ProblemDetails.of(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail ruleViolation(DomainRuleViolation ex) {
        return ProblemDetails.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetails.of(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        return ProblemDetails.of(HttpStatus.FORBIDDEN, "Du har ikke tilgang til dette.");
    }

    /**
     * Anything else: the database (or the network to it) away or too slow is an outage, answered 503 with
     * {@code Retry-After} and logged once a minute ({@link Outages}); the rest is a bug, answered 500 and logged in full.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (Outages.isOutage(ex)) {
            outages.report(ex);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemDetails.of(
                            HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE));
        }
        log.error("Unexpected error", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetails.of(HttpStatus.INTERNAL_SERVER_ERROR,
                        "Noe gikk galt hos oss. Feilen er logget; prøv igjen senere."));
    }

    private ResponseEntity<Object> respond(Exception ex, HttpHeaders headers, WebRequest request, HttpStatus status,
            String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetails.of(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A constraint's message; a type mismatch in a form-bound field says what the field must be. */
    private static String message(FieldError error) {
        return error.isBindingFailure() ? "har ugyldig verdi" : error.getDefaultMessage();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
