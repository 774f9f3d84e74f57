package no.lpp.moteplass.support.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import no.lpp.moteplass.contracts.ProblemTitles;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Problem details as the services write them: a Norwegian title ({@link ProblemTitles}) and the path as instance. */
final class ProblemDetails {

    private ProblemDetails() {
    }

    static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status));
        return problem;
    }

    /** The request's path as the problem's {@code instance}; none when the path is not a valid URI reference. */
    static URI instance(HttpServletRequest request) {
        try {
            return new URI(request.getRequestURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    static String title(HttpStatusCode status) {
        return ProblemTitles.of(status.value());
    }
}
