package no.lpp.moteplass.tracing;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Tracing defaults for every component, at the lowest priority: the component's configuration and the environment win. */
public class TracingDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            // Every request is traced (Boot samples 10 %): the platform serves thousands of requests a day, not
            // millions, and the one an operator needs — a relative's registration that failed — must be there.
            "management.tracing.sampling.probability", "1.0",
            // Spring Security's four spans per request say only that its filters ran; the HTTP span has the outcome.
            "management.observations.enable.spring.security", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("moteplassTracingDefaults", DEFAULTS));
    }
}
