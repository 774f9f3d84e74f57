package no.lpp.moteplass.gateway;

import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Tells the caller the id of the trace its request started (or continued, when it sent a W3C {@code traceparent}), as
 * {@code X-Correlation-Id}: what a user or a partner's intranet quotes when something went wrong, and what an operator
 * looks up in Zipkin and finds on every log line of the gateway and the services.
 */
@Component
class TraceIdHeader implements WebFilter, Ordered {

    static final String HEADER = "X-Correlation-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .filter(tracing -> tracing.getSpan() != null)
                .ifPresent(tracing -> exchange.getResponse().getHeaders().set(HEADER,
                        tracing.getSpan().context().traceId()));
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
