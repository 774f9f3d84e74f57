/**
 * What the services and the portal share as web components, so both do it one way: verifying the user's token
 * ({@code security}) and the same defaults for shutdown, errors, health, metrics and tracing ({@code config}). The
 * services get it through {@code service-support}; the portal, which has no database or Kafka, depends on it alone.
 */
package no.lpp.moteplass.web;
