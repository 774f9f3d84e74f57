/**
 * Runs the platform's own services as separate JVMs from their built {@code -exec.jar}s, exactly as they run in
 * production: the e2e tests and the one-command local platform both start the platform through
 * {@link no.lpp.moteplass.testsupport.platform.Platform}.
 */
package no.lpp.moteplass.testsupport.platform;
