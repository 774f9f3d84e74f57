package no.lpp.moteplass.gateway;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Replaces Spring's default error page: an unknown path is a 404 problem detail, an unreachable service a 503, and
 * anything unexpected a 500 that reveals nothing.
 */
@Component
@Order(-2) // before Spring Boot's DefaultErrorWebExceptionHandler
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final Problems problems;

    ProblemErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ResponseStatusException status && status.getStatusCode().value() == 404) {
            return problems.write(exchange, status.getStatusCode(), "Ingen side eller tjeneste finnes på denne adressen.");
        }
        if (error instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            return problems.write(exchange, status.getStatusCode(), status.getReason() == null ? "Ugyldig forespørsel." : status.getReason());
        }
        if (error instanceof ConnectException || error instanceof UnknownHostException) {
            return TraceLogged.run(() -> log.warn("Downstream service unreachable for {}: {}",
                    exchange.getRequest().getPath(), error.toString())).then(problems.write(exchange,
                    HttpStatus.SERVICE_UNAVAILABLE, "Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt."));
        }
        if (error instanceof TimeoutException) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "Tjenesten svarte ikke i tide. Prøv igjen om litt.");
        }
        return TraceLogged.run(() -> log.error("Unexpected error at the gateway for {}", exchange.getRequest().getPath(),
                error)).then(problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
                "Noe gikk galt hos oss. Prøv igjen senere."));
    }
}
