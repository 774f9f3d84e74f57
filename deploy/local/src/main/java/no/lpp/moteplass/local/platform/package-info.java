/**
 * Runs the platform's own services as separate JVMs from their built {@code -exec.jar}s, exactly as they run in
 * production, next to a Kafka broker process and a Zipkin server: the one-command local platform
 * ({@link no.lpp.moteplass.local.LocalPlatform}) and the e2e tests both start the platform through
 * {@link no.lpp.moteplass.local.platform.Platform}.
 *
 * <p>{@link no.lpp.moteplass.local.platform.Component}, {@link no.lpp.moteplass.local.platform.Ports} and
 * {@link no.lpp.moteplass.local.platform.Environment} are the one list of components, ports and environment; compose
 * and the Helm chart are checked against them by deploy/chart's tests.
 */
package no.lpp.moteplass.local.platform;
