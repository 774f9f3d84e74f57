/**
 * Real infrastructure for tests, with no Docker needed: a fresh PostgreSQL database per Spring test context (on the
 * local server, or Testcontainers when a Docker engine is present), an in-JVM KRaft Kafka broker, and Keycloak from
 * its distribution, started once and shared by every test JVM of a build. Annotate a {@code @SpringBootTest} with
 * {@link no.lpp.moteplass.testsupport.RealInfrastructure} to get all three wired in.
 *
 * <p>What runs as a process of its own (Keycloak, and for the e2e tests the platform's jars, a Kafka broker and
 * Zipkin) is started by the launcher in deploy/local ({@code no.lpp.moteplass.local}), the same code that runs the
 * local platform; this package adds what tests need on top: databases per context, tokens, API clients, conventions.
 *
 * <p>When a piece is missing, a {@link no.lpp.moteplass.local.MissingInfrastructure} says which and how to provide it.
 */
package no.lpp.moteplass.testsupport;
