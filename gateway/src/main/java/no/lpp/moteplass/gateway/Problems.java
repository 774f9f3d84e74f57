package no.lpp.moteplass.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details for errors the gateway answers itself (the services write their own). */
@Component
public class Problems {

    private static final Map<Integer, String> TITLES = Map.of(
            401, "Ikke innlogget",
            403, "Ingen tilgang",
            404, "Ikke funnet",
            429, "For mange forespørsler",
            500, "Intern feil",
            503, "Tjenesten er midlertidig utilgjengelig",
            504, "Tjenesten svarte ikke i tide");

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(TITLES.getOrDefault(status.value(), known == null ? "Feil" : known.getReasonPhrase()));
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
