/**
 * The meetings and registration service: the theme catalogue, meetings and their format, publication, registrations,
 * the waiting list, attendance, reminders and the public listing for intranets. Relatives' personal data lives here and
 * nowhere else; it never goes on Kafka.
 */
package no.lpp.moteplass.meeting;
