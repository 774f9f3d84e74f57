package no.lpp.moteplass.meeting.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A registrant as the meeting's facilitators and coordinators see them on the day: who is coming, how to reach them,
 * and what they need. The fields are empty once the data has been erased.
 */
public record Participant(UUID id, RegistrationStatus status, String category, String relation, String sector, String workplace,
        String name, String email, String mobile, String dietaryNeeds, String accessibilityNeeds, Instant registeredAt,
        boolean checkedIn) {
}
