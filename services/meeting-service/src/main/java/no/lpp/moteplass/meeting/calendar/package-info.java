/**
 * Meetings written as RFC 5545 iCalendar, one writer for both its readers: the public feed that intranets and calendars
 * subscribe to, and the {@code .ics} file attached to registrants' emails. It depends only on the meeting feature, so
 * the listing and the emails can both use it without depending on each other.
 */
package no.lpp.moteplass.meeting.calendar;
