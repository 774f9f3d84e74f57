package no.lpp.moteplass.tracing;

/**
 * Tracing defaults for every component ({@code moteplass-tracing-defaults.yml}, at the lowest priority).
 *
 * <p>Spans are exported only where an endpoint is configured ({@link TracingSupport#spanExporters}): to Zipkin's span
 * API with {@code management.tracing.export.zipkin.endpoint} (the local platform's Zipkin, or any collector that takes
 * Zipkin's format), to OTLP over HTTP with {@code management.opentelemetry.tracing.export.otlp.endpoint}. Without
 * one, trace and span ids still reach every log line and every next hop.
 */
public class TracingDefaults extends DefaultsFile {

    public TracingDefaults() {
        super("moteplass-tracing-defaults.yml");
    }
}
