package no.lpp.moteplass.team.training;

import java.time.Instant;
import java.util.UUID;

/** A person's place (or place in line) on a session. */
public record Enrolment(UUID sessionId, UUID personId, EnrolmentStatus status, Instant enrolledAt, boolean attended) {
}
