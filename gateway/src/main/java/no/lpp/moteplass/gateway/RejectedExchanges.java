package no.lpp.moteplass.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What Spring Security's firewall refuses before routing ({@code //}, {@code ;}, {@code %2e%2e}, {@code %00}, an
 * encoded slash, control characters in a header) is answered like any other bad request: a 400 problem detail (or a
 * short page for a browser), not an empty response.
 */
@Component
class RejectedExchanges implements ServerExchangeRejectedHandler {

    private final Problems problems;

    RejectedExchanges(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST,
                "Adressen eller en overskrift inneholder tegn eller mønstre som ikke er tillatt.");
    }
}
