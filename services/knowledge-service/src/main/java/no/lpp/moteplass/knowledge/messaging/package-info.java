/** Kafka consumers. */
package no.lpp.moteplass.knowledge.messaging;
