/**
 * What anyone may see without logging in, under {@code /public/meetings}: upcoming meetings as JSON and as an iCalendar
 * feed (written by {@code calendar}) for intranets and calendars, and one meeting for its page in the portal, each
 * rendering kept until the listing changes. No personal data is ever shown here. Registering, and managing a
 * registration by its link, are the registration feature's (its {@code web} package), which shows the meeting as
 * {@link no.lpp.moteplass.meeting.publiclisting.PublicMeeting} does.
 */
package no.lpp.moteplass.meeting.publiclisting;
