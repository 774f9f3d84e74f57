package no.lpp.moteplass.support.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details where no controller is involved: the security filter chain's 401 and 403, the filters that
 * refuse malformed or oversized requests, and the error page.
 */
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED,
                "Du må logge inn (gyldig tilgangstoken mangler eller er utløpt).");
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Du har ikke tilgang til dette.");
    }

    /** A problem written directly to the response, e.g. by a filter that refuses a request before any controller. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
            List<FieldProblem> errors) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ProblemDetail problem = ProblemDetails.of(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        write(request, response, status, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status, ProblemDetails.of(status, detail));
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ProblemDetail problem)
            throws IOException {
        problem.setInstance(ProblemDetails.instance(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
