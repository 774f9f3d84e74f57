package no.lpp.moteplass.support.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.lpp.moteplass.support.problem.FieldProblem;
import no.lpp.moteplass.support.problem.ProblemResponses;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every query and form parameter before anything reads it: a form Tomcat cannot decode (bad bytes, too many
 * fields, too large) is a 400 or 413 problem instead of an exception deep in a controller, and no parameter may carry
 * control characters ({@link Text}; form values count as free text, so a textarea's line breaks pass).
 */
final class RequestParameterCheck extends OncePerRequestFilter {

    private final ProblemResponses problems;

    RequestParameterCheck(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            boolean tooLarge = unreadable instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413;
            problems.write(request, response, tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                    tooLarge ? "Skjemaet er for stort." : "Skjemaet eller adressen kunne ikke leses: ugyldige tegn,"
                            + " ugyldig koding eller for mange felt.", List.of());
            return;
        }
        List<FieldProblem> refused = new ArrayList<>();
        parameters.forEach((name, values) -> {
            Text.refusal(name, false).ifPresent(reason -> refused.add(new FieldProblem("(parameternavn)", reason)));
            for (String value : values) {
                Text.refusal(value, true).ifPresent(reason -> refused.add(new FieldProblem(printable(name), reason)));
            }
        });
        if (!refused.isEmpty()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "Ett eller flere parametre er ugyldige.",
                    refused);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String printable(String name) {
        return Text.refusal(name, false).isPresent() ? "(parameternavn)" : name;
    }
}
