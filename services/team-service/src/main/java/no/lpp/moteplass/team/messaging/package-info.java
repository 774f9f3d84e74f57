/** Kafka in: the partnership service's organisation and agreement events. */
package no.lpp.moteplass.team.messaging;
