/**
 * Meetings: planned by a team's coordinator with a theme, a venue or link, a start time in Europe/Oslo and exactly two
 * facilitators; the concept's format (30-minute pre-meeting, 2.5-hour meeting with a break, 30-minute post-meeting)
 * is computed from the start. Publishing is refused, with the reason, unless the team is READY and both facilitators
 * are professionals on the team holding a facilitator certification valid on the meeting date.
 */
package no.lpp.moteplass.meeting.meeting;
