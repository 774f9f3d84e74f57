/** Kafka in: the partnership service's organisation events. */
package no.lpp.moteplass.team.messaging;
