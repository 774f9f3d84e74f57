package no.lpp.moteplass.tracing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tracing defaults for every component, at the lowest priority: the component's configuration and the environment win.
 *
 * <p>Spans are exported only where an endpoint is configured: to Zipkin's span API with
 * {@code management.tracing.export.zipkin.endpoint} (the local platform's Zipkin, or any collector that takes Zipkin's
 * format), to OTLP with {@code management.opentelemetry.tracing.export.otlp.endpoint}. Spring Boot would otherwise send
 * to Zipkin on localhost:9411 wherever it runs. Without either, trace and span ids still reach every log line and
 * every next hop.
 */
public class TracingDefaults implements EnvironmentPostProcessor {

    static final String ZIPKIN_ENDPOINT = "management.tracing.export.zipkin.endpoint";

    static final Map<String, Object> DEFAULTS = Map.of(
            // Every request is traced (Boot samples 10 %): the platform serves thousands of requests a day, not
            // millions, and the one an operator needs — a relative's registration that failed — must be there.
            "management.tracing.sampling.probability", "1.0",
            // Spring Security's four spans per request say only that its filters ran; the HTTP span has the outcome.
            "management.observations.enable.spring.security", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>(DEFAULTS);
        defaults.put("management.tracing.export.zipkin.enabled", environment.containsProperty(ZIPKIN_ENDPOINT));
        environment.getPropertySources().addLast(new MapPropertySource("moteplassTracingDefaults", defaults));
    }
}
