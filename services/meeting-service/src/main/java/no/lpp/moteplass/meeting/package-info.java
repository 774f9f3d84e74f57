/**
 * The meetings and registration service: the theme catalogue, meetings and their format, publication, registrations,
 * the waiting list, attendance, reminders and the public listing for intranets. Relatives' personal data lives here and
 * nowhere else; it never goes on Kafka.
 *
 * <p>Each subpackage is a feature, and {@code MeetingServiceBoundariesTest} keeps them from depending on each other in
 * a cycle or on each other's subpackages. Meetings come first; registration depends on them; notification depends on
 * both and listens to their changes; the iCalendar writer ({@code calendar}) serves the public listing and the emails.
 */
package no.lpp.moteplass.meeting;
