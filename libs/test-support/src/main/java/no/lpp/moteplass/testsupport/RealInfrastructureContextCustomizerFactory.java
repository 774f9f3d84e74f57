package no.lpp.moteplass.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Applies {@link RealInfrastructure}; registered in {@code META-INF/spring.factories}. */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, RealInfrastructure.class)
                ? new RealInfrastructureCustomizer()
                : null;
    }

    /** The property that puts a {@link DatabaseProxy} between the service and its database. */
    static final String PROXY = "moteplass.test.database-proxy";
    private static final Pattern SERVER = Pattern.compile("//([^:/]+):(\\d+)/");

    /** All instances are equal, so Spring's context cache still shares one context (and database) per configuration. */
    static final class RealInfrastructureCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Postgres postgres = Postgres.server();
            String purpose = context.getEnvironment().getProperty("spring.application.name", "test");
            String databaseUrl = postgres.createDatabase(purpose);
            String issuer = Keycloak.issuerUri();
            String serviceUrl = databaseUrl;
            DatabaseProxy proxy = null;
            if (Arrays.asList(config.getPropertySourceProperties()).contains(PROXY + "=true")) {
                Matcher server = SERVER.matcher(databaseUrl);
                server.find();
                proxy = DatabaseProxy.start(server.group(1), Integer.parseInt(server.group(2)));
                context.getBeanFactory().registerSingleton("databaseProxy", proxy);
                serviceUrl = server.replaceFirst("//127.0.0.1:" + proxy.port() + "/");
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("realInfrastructure", Map.of(
                    "spring.datasource.url", serviceUrl,
                    "spring.datasource.username", postgres.user(),
                    "spring.datasource.password", postgres.password(),
                    "spring.kafka.bootstrap-servers", Kafka.bootstrapServers(),
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer,
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer + "/protocol/openid-connect/certs")));
            DatabaseProxy started = proxy;
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
                if (event.getApplicationContext() == context) {
                    if (started != null) {
                        started.close();
                    }
                    postgres.dropDatabase(databaseUrl);
                }
            });
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RealInfrastructureCustomizer;
        }

        @Override
        public int hashCode() {
            return RealInfrastructureCustomizer.class.hashCode();
        }
    }
}
