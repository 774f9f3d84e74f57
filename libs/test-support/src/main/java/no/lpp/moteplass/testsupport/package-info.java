/**
 * Real infrastructure for tests, with no Docker needed: a fresh PostgreSQL database per Spring test context (on the
 * local server, or Testcontainers when a Docker engine is present), an in-JVM KRaft Kafka broker, and Keycloak from
 * its distribution, started once and shared by every test JVM of a build. Annotate a {@code @SpringBootTest} with
 * {@link no.lpp.moteplass.testsupport.RealInfrastructure} to get all three wired in.
 *
 * <p>When a piece is missing, a {@link no.lpp.moteplass.testsupport.MissingInfrastructure} says which and how to
 * provide it.
 */
package no.lpp.moteplass.testsupport;
