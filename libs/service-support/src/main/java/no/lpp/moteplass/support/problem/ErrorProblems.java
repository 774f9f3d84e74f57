package no.lpp.moteplass.support.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page ({@code /error}), as a problem detail: what the container itself refuses
 * (Tomcat's 400 for a request it cannot parse, a status set with {@code sendError}) reads like every other error.
 * Asked for directly, {@code /error} is simply a path with nothing on it.
 */
@Controller
class ErrorProblems implements ErrorController {

    private final ProblemResponses problems;

    ErrorProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        problems.write(request, response, status, detail(status), List.of());
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Forespørselen kunne ikke leses.";
            case NOT_FOUND -> "Ingen ressurs på denne adressen.";
            case CONTENT_TOO_LARGE -> "Forespørselen er for stor.";
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "Adressen eller overskriftene er for lange.";
            case UNAUTHORIZED -> "Du må logge inn (gyldig tilgangstoken mangler eller er utløpt).";
            case FORBIDDEN -> "Du har ikke tilgang til dette.";
            case METHOD_NOT_ALLOWED -> "Metoden er ikke tillatt på denne adressen.";
            case SERVICE_UNAVAILABLE -> "Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.";
            default -> status.is5xxServerError() ? "Noe gikk galt hos oss. Feilen er logget; prøv igjen senere."
                    : "Forespørselen kan ikke behandles.";
        };
    }
}
