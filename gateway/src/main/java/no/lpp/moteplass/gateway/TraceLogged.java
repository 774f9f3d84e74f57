package no.lpp.moteplass.gateway;

import reactor.core.publisher.Mono;

/**
 * Log lines that name the request's trace and span. The gateway does not restore the trace into thread-locals around
 * every operator (spring.reactor.context-propagation is limited: that cost a third of its CPU per request), so a line
 * logged from inside a reactive chain would have no trace id. Reactor's {@code handle} still restores the trace from
 * the subscriber's context for the handler alone, so the few lines the gateway logs are written there.
 */
final class TraceLogged {

    private TraceLogged() {
    }

    /** Logs when subscribed, with the trace of the request whose chain subscribes. */
    static Mono<Void> run(Runnable line) {
        return then(line, Boolean.TRUE).then();
    }

    /** Logs when subscribed, with the request's trace, then emits {@code value}. */
    static <T> Mono<T> then(Runnable line, T value) {
        return Mono.just(value).handle((item, sink) -> {
            line.run();
            sink.next(item);
        });
    }
}
