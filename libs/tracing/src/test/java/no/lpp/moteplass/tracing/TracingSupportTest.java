package no.lpp.moteplass.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.SpanExporters;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** Spans leave for the endpoint that is configured, and only then, as Spring Boot sends them (a real HTTP receiver). */
class TracingSupportTest {

    /** What a collector received: the path it was sent to, and the body. */
    record Received(String path, String body) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class AnyComponent {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    HttpServer collector;

    @BeforeEach
    void collector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            InputStream body = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
            received.add(new Received(exchange.getRequestURI().getPath(),
                    new String(body.readAllBytes(), StandardCharsets.ISO_8859_1)));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        collector.start();
    }

    @AfterEach
    void stop() {
        collector.stop(0);
    }

    @Test
    void spansGoToZipkinWhenItsEndpointIsConfigured() {
        traceOneSpan(Map.of("management.tracing.export.zipkin.endpoint", collectorUrl("/api/v2/spans")));

        assertThat(received).extracting(Received::path).containsOnly("/api/v2/spans");
        assertThat(received).extracting(Received::body).anyMatch(body -> body.contains("\"name\":\"bevis\""));
    }

    @Test
    void spansGoToAnOtlpEndpointWhenOneIsConfigured() {
        traceOneSpan(Map.of("management.opentelemetry.tracing.export.otlp.endpoint", collectorUrl("/v1/traces")));

        assertThat(received).extracting(Received::path).containsOnly("/v1/traces");
        assertThat(received).extracting(Received::body).anyMatch(body -> body.contains("bevis"));
    }

    /** Spring Boot alone would send to Zipkin on localhost:9411 wherever the component runs. */
    @Test
    void withNoEndpointThereIsNoExporterAtAll() {
        assertThat(traceOneSpan(Map.of()).exporters()).isEmpty();
        assertThat(traceOneSpan(Map.of("management.tracing.export.zipkin.endpoint", collectorUrl("/api/v2/spans")))
                .exporters()).hasSize(1);
        assertThat(received).isNotEmpty();
    }

    /**
     * The image runs Spring's ahead-of-time processing, which evaluates bean conditions once, when the image is built:
     * so which endpoints are configured must not change which beans there are, only what the exporters do.
     */
    @Test
    void theEndpointsChangeNoBeanDefinition() {
        Traced none = traceOneSpan(Map.of());
        Traced both = traceOneSpan(Map.of("management.tracing.export.zipkin.endpoint", collectorUrl("/api/v2/spans"),
                "management.opentelemetry.tracing.export.otlp.endpoint", collectorUrl("/v1/traces")));

        assertThat(both.exporters()).hasSize(2);
        assertThat(both.beans()).containsExactlyInAnyOrderElementsOf(none.beans());
    }

    /** Whatever an address holds after the host — a manage token, a feedback token, a query — never reaches a span. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            http.url | /public/registrations/{token} | /public/registrations/hemmelig-1 | /public/registrations/{token}
            http.url | -                             | /pamelding/hemmelig-2            | ''
            http.url | none                          | http://meeting:8083/public/registrations/hemmelig-3?x=1 | http://meeting:8083
            http.uri | -                             | http://localhost:8084/public/feedback/hemmelig-4 | http://localhost:8084
            http.uri | UNKNOWN                       | 'not an address: hemmelig-5'     | ''
            """)
    void addressesKeepTheirTemplateOrOnlyTheirOrigin(String key, String template, String address, String kept) {
        Observation.Context observed = new Observation.Context();
        if (template != null) {
            observed.addLowCardinalityKeyValue(KeyValue.of("uri", template));
        }
        observed.addHighCardinalityKeyValue(KeyValue.of(key, address));

        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TracingSupport.class))
                .run(beans -> beans.getBean(ObservationFilter.class).map(observed));

        assertThat(observed.getHighCardinalityKeyValue(key).getValue()).isEqualTo(kept).doesNotContain("hemmelig");
    }

    /** What a started component had: the span exporters in use, the names of all its beans. */
    record Traced(List<SpanExporter> exporters, List<String> beans) {
    }

    /**
     * Starts a component as the platform's do (auto-configuration, the tracing defaults), traces one span and flushes.
     */
    private Traced traceOneSpan(Map<String, Object> properties) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnyComponent.class)
                .web(WebApplicationType.NONE).properties(properties).properties("spring.application.name=bevis-app")
                .run()) {
            Tracer tracer = context.getBean(Tracer.class);
            tracer.nextSpan().name("bevis").start().end();
            context.getBean(SdkTracerProvider.class).forceFlush().join(10, java.util.concurrent.TimeUnit.SECONDS);
            return new Traced(context.getBean(SpanExporters.class).list(),
                    List.of(context.getBeanDefinitionNames()));
        }
    }

    private String collectorUrl(String path) {
        return "http://127.0.0.1:" + collector.getAddress().getPort() + path;
    }
}
