package no.lpp.moteplass.tracing;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.ObservationFilter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.SpanExporters;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import zipkin2.reporter.urlconnection.URLConnectionSender;

/**
 * What spans may say. Spring Boot's OpenTelemetry tracing makes them, passes W3C {@code traceparent} on to every next
 * hop and exports them where {@link #spanExporters} says.
 */
@AutoConfiguration(before = OpenTelemetryTracingAutoConfiguration.class)
public class TracingSupport {

    static final String ZIPKIN_ENDPOINT = "management.tracing.export.zipkin.endpoint";
    static final String OTLP_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

    /** The observation keys that carry a whole address, paths with capability tokens included. */
    static final String[] ADDRESS_KEYS = {"http.url", "http.uri"};

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

    /**
     * The exporters for the endpoints the environment names when the component starts: Zipkin's span API (JSON, over
     * HttpURLConnection) and OTLP over HTTP; none without an endpoint. Decided here rather than by bean conditions, so
     * that an image processed ahead of time (where conditions are fixed at build time) exports where its environment
     * says. Only the endpoints are read; Spring Boot's other exporter settings do not apply.
     */
    @Bean
    SpanExporters spanExporters(Environment environment) {
        List<SpanExporter> exporters = new ArrayList<>();
        String zipkin = environment.getProperty(ZIPKIN_ENDPOINT);
        if (StringUtils.hasText(zipkin)) {
            exporters.add(ZipkinSpanExporter.builder().setSender(URLConnectionSender.create(zipkin)).build());
        }
        String otlp = environment.getProperty(OTLP_ENDPOINT);
        if (StringUtils.hasText(otlp)) {
            exporters.add(OtlpHttpSpanExporter.builder().setEndpoint(otlp).build());
        }
        return SpanExporters.of(exporters);
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
