/**
 * What anyone may see and do without logging in, under {@code /public/**}: upcoming meetings as JSON and as an
 * iCalendar feed for intranets and calendars, registration, and manage-my-registration by link. No personal data is
 * ever shown here.
 */
package no.lpp.moteplass.meeting.publiclisting;
