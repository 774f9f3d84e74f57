/**
 * Meetings: planned by a team's coordinator with a theme, a venue or link, a start time in Europe/Oslo and exactly two
 * facilitators; the concept's format (30-minute pre-meeting, 2.5-hour meeting with a break, 30-minute post-meeting)
 * is computed from the start. Publishing is refused, with the reason, unless the team is READY and both facilitators
 * are professionals on the team holding a facilitator certification valid on the meeting date.
 *
 * <p>This feature knows nothing of registrations or emails: a change registrants must learn of is published as a
 * {@link no.lpp.moteplass.meeting.planning.MeetingChange} in its transaction, and seat counts and who came are asked
 * through {@link no.lpp.moteplass.meeting.planning.SeatCounts.Source} and {@link
 * no.lpp.moteplass.meeting.planning.CheckIns}, which the registration feature implements.
 */
package no.lpp.moteplass.meeting.planning;
