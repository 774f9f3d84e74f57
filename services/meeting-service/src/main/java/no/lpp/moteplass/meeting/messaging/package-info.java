/** Kafka in: organisations (partnership service), teams and certifications (teams service). */
package no.lpp.moteplass.meeting.messaging;
