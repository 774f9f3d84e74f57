package no.lpp.moteplass.support.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers what Spring Security's firewall refuses (a path with {@code //}, {@code ;}, {@code %2e%2e}, {@code %00},
 * an encoded slash, a header with control characters) with a 400 problem detail, instead of the container's page.
 */
final class RejectedRequests implements RequestRejectedHandler {

    static final String DETAIL = "Adressen eller en overskrift inneholder tegn eller mønstre som ikke er tillatt.";
    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final ProblemResponses problems;

    RejectedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Request refused by the firewall: {}", rejected.getMessage());
        problems.write(request, response, HttpStatus.BAD_REQUEST, DETAIL, List.of());
    }
}
