package no.lpp.moteplass.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Wires a Spring test context to real infrastructure: a fresh PostgreSQL database (dropped when the context closes),
 * the JVM's Kafka broker, and the build's Keycloak as token issuer. Keycloak itself starts only when a test asks it
 * for a token ({@link Keycloak#shared()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {
}
