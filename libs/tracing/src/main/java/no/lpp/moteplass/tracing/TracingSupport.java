package no.lpp.moteplass.tracing;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.ObservationFilter;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import zipkin2.reporter.urlconnection.URLConnectionSender;

/**
 * Where the spans go, and what they may say.
 *
 * <p>Spring Boot's OpenTelemetry tracing makes the spans and passes W3C {@code traceparent} on to every next hop; it
 * exports to an OTLP endpoint when {@code management.opentelemetry.tracing.export.otlp.endpoint} is set. Boot exports to
 * Zipkin only through Brave, so the Zipkin exporter is added here when {@code moteplass.tracing.zipkin-endpoint} is set
 * (the local platform's Zipkin, or any collector that takes Zipkin's format). With neither, trace and span ids still
 * reach every log line and every next hop.
 */
@AutoConfiguration
public class TracingSupport {

    /** The observation keys that carry a whole address, paths with capability tokens included. */
    static final String[] ADDRESS_KEYS = {"http.url", "http.uri"};

    @Bean
    @ConditionalOnProperty("moteplass.tracing.zipkin-endpoint")
    SpanExporter zipkinSpanExporter(@Value("${moteplass.tracing.zipkin-endpoint}") String endpoint) {
        // The JDK's URLConnection rather than the exporter's default OkHttp: one HTTP client fewer on the class path.
        return ZipkinSpanExporter.builder().setSender(URLConnectionSender.create(endpoint)).build();
    }

    /**
     * A span keeps the route's template ({@code /public/registrations/{token}}), never the address itself: the links
     * in a relative's emails carry their manage and feedback tokens, and a trace store is no place for those. Where
     * there is no template (a gateway hop, a client call), only scheme, host and port are kept.
     */
    @Bean
    ObservationFilter addressesWithoutPaths() {
        return context -> {
            KeyValue template = context.getLowCardinalityKeyValue("uri");
            for (String key : ADDRESS_KEYS) {
                KeyValue address = context.getHighCardinalityKeyValue(key);
                if (address != null) {
                    context.addHighCardinalityKeyValue(KeyValue.of(key, template != null
                            && template.getValue().startsWith("/") ? template.getValue() : origin(address.getValue())));
                }
            }
            return context;
        };
    }

    static String origin(String address) {
        try {
            URI uri = URI.create(address);
            return uri.getHost() == null ? "" : uri.getScheme() + "://" + uri.getHost()
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
