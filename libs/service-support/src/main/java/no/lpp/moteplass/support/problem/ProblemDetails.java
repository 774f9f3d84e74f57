package no.lpp.moteplass.support.problem;

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
            Map.entry(412, "Ressursen er endret av noen andre"),
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

    static String title(HttpStatusCode status) {
        String title = TITLES.get(status.value());
        if (title != null) {
            return title;
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Feil";
    }
}
