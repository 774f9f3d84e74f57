/**
 * Emails to registrants: queued in the transaction of the change that makes them due (this feature listens to the
 * meeting and registration features' changes; neither of them knows it exists), sent by a relay that retries until the
 * mail server takes them, written in Norwegian when sent so they show the meeting as it is then, with the meeting as
 * an {@code .ics} file from {@code calendar}. Whom to write to, and their address, come from the registration feature.
 */
package no.lpp.moteplass.meeting.notification;
