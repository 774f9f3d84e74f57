/**
 * One trace across the work a request leaves behind: the outbox's events and the email queue store the request's
 * {@code traceparent} and continue it when they are done ({@link no.lpp.moteplass.support.tracing.Traces}). Spans for
 * HTTP and Kafka, the exporters and the defaults come from Spring Boot and the {@code tracing} library.
 */
package no.lpp.moteplass.support.tracing;
