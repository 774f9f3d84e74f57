package no.lpp.moteplass.support.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps one trace across work that leaves the request and is done later by another thread: an event stored in the
 * outbox and relayed to Kafka, an email queued and then sent. The trace is stored with the work as its W3C
 * {@code traceparent} and continued from there, so a registration is one trace from the gateway to the email.
 */
public class Traces {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    /** With {@link Tracer#NOOP} (tracing switched off) nothing is stored or continued. */
    public Traces(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace as a W3C {@code traceparent}, or {@code null} outside any trace. */
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Does {@code work} in a span called {@code name} that continues the stored trace ({@code traceparent} as
     * {@link #current()} gave it), or begins a trace of its own when none was stored.
     */
    public <T> T continueAs(String name, String traceparent, Supplier<T> work) {
        Span span = begin(name, traceparent);
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * A started span continuing the stored trace, for work done in steps shared with other work (an email composed on
     * its own, then sent with others over one connection); the caller ends it.
     */
    public Span begin(String name, String traceparent) {
        return (traceparent == null ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get)).name(name).start();
    }

    /** {@link #continueAs(String, String, Supplier)} for work that gives nothing back. */
    public void continueAs(String name, String traceparent, Runnable work) {
        continueAs(name, traceparent, () -> {
            work.run();
            return null;
        });
    }
}
