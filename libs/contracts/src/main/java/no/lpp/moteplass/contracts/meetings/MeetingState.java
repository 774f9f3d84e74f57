package no.lpp.moteplass.contracts.meetings;

import java.time.Instant;
import java.util.UUID;

/**
 * A meeting's state after a change. No personal data: registrations appear only as counts.
 *
 * @param meetingId  the meeting's id, also the Kafka key
 * @param status     {@code DRAFT}, {@code PUBLISHED}, {@code HELD} or {@code CANCELLED}
 * @param startsAt   when the meeting itself starts
 * @param confirmed  confirmed registrations
 * @param waitlisted registrations on the waiting list
 */
public record MeetingState(UUID meetingId, UUID teamId, UUID themeId, String status, Instant startsAt, int capacity,
        int confirmed, int waitlisted, Instant changedAt) {
}
