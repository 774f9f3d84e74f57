/**
 * The one-command local platform ({@link no.lpp.moteplass.local.LocalPlatform}): a Kafka broker process, Keycloak from
 * its distribution, databases in the local PostgreSQL, and every service plus the gateway as its own JVM, on the ports
 * the architecture fixes — and the launcher it is made of, which the tests (test-support, e2e) start their Keycloak
 * and their platform with: {@code platform} (the components, Kafka, Zipkin, PostgreSQL; the one list of components,
 * ports and environment), {@code keycloak} (the Keycloak process), {@code mail} (the mail catcher).
 *
 * <p>This module depends on no test library and on none of the services' jars: it runs their built
 * {@code -exec.jar}s as processes, and {@code deploy/local/run} (profile {@code local}) builds them first.
 */
package no.lpp.moteplass.local;
