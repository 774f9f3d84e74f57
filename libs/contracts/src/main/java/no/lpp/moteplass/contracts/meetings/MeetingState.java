package no.lpp.moteplass.contracts.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting's state after a change. No personal data: registrations and attendance appear only as counts.
 *
 * @param meetingId  the meeting's id, also the Kafka key
 * @param status     {@code DRAFT}, {@code PUBLISHED}, {@code HELD} or {@code CANCELLED}
 * @param startsAt   when the meeting itself starts
 * @param confirmed  confirmed registrations
 * @param waitlisted registrations on the waiting list
 * @param attendance who came, counted per category and relation/sector; {@code null} until the meeting is held
 * @param themeTitle     the theme's title in the national catalogue
 * @param facilitatorIds the two facilitators (team members' person ids, professionals)
 */
public record MeetingState(UUID meetingId, UUID teamId, UUID themeId, String status, Instant startsAt, int capacity,
        int confirmed, int waitlisted, List<Attendance> attendance, String themeTitle, List<UUID> facilitatorIds,
        Instant changedAt) {

    /**
     * @param category {@code RELATIVE} or {@code PROFESSIONAL}
     * @param group    a relative's relation (e.g. {@code PARENT}) or a professional's sector (e.g. {@code NAV})
     * @param count    how many of them came
     */
    public record Attendance(String category, String group, int count) {
    }
}
