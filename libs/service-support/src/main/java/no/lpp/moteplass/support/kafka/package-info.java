/**
 * Kafka conventions shared by every service: topics declared by their owner (state topics compacted), a consumer
 * error handler that retries briefly and then parks the record on {@code <topic>.dlt}, and a health indicator so
 * readiness reflects the broker.
 */
package no.lpp.moteplass.support.kafka;
