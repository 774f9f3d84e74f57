package no.lpp.moteplass.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request when its service is down, too slow or failing often: a 503 problem
 * detail at once, instead of every caller waiting for the timeout.
 */
@RestController
class Unavailable {

    private final Problems problems;

    Unavailable(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/unavailable")
    Mono<Void> unavailable(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                "Tjenesten svarer ikke akkurat nå. Prøv igjen om litt.");
    }
}
