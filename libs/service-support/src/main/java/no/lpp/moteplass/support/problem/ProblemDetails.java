package no.lpp.moteplass.support.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Norwegian titles for the statuses services answer with, so every problem reads the same. */
final class ProblemDetails {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Ugyldig forespørsel"),
            Map.entry(401, "Ikke innlogget"),
            Map.entry(403, "Ingen tilgang"),
            Map.entry(404, "Ikke funnet"),
            Map.entry(405, "Metoden er ikke tillatt"),
            Map.entry(409, "Konflikt"),
            Map.entry(406, "Kan ikke svare i ønsket format"),
            Map.entry(412, "Ressursen er endret av noen andre"),
            Map.entry(413, "For stor forespørsel"),
            Map.entry(415, "Ukjent innholdstype"),
            Map.entry(422, "Brudd på regel"),
            Map.entry(428, "Mangler If-Match"),
            Map.entry(500, "Intern feil"));

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
        String title = TITLES.get(status.value());
        if (title != null) {
            return title;
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Feil";
    }
}
