package no.lpp.moteplass.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A library's defaults, from a YAML file on the class path, as a lowest-priority property source: every component that
 * uses the library runs on them, while its own configuration and the environment still win. In this library because
 * every component has it; the libraries above it (web-support, service-support) add their own files the same way.
 */
public abstract class DefaultsFile implements EnvironmentPostProcessor {

    private final String resource;

    protected DefaultsFile(String resource) {
        this.resource = resource;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
