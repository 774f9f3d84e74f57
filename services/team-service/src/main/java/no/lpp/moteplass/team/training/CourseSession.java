package no.lpp.moteplass.team.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One run of a course.
 *
 * @param place      where it is held, or {@code null} when online
 * @param onlineLink the link for an online session, or {@code null}
 * @param trainer    who gives it (a name, as shown to participants)
 */
public record CourseSession(UUID id, UUID courseTypeId, Instant startsAt, String place, String onlineLink,
        String trainer, int capacity, SessionStatus status, LocalDate completedOn, Instant createdAt) {
}
