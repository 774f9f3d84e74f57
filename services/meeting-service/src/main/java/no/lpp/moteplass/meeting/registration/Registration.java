package no.lpp.moteplass.meeting.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's registration for a meeting.
 *
 * @param category {@code RELATIVE} or {@code PROFESSIONAL}
 * @param relation a relative's relation to the person who is ill (parent, child, sibling, ...)
 * @param sector   a professional's sector; {@code workplace} where they work
 */
public record Registration(UUID id, UUID meetingId, String category, String relation, String sector, String workplace,
        String name, String email, String mobile, String dietaryNeeds, String accessibilityNeeds, Instant consentAt,
        RegistrationStatus status, Instant registeredAt) {

    Registration withStatus(RegistrationStatus newStatus) {
        return new Registration(id, meetingId, category, relation, sector, workplace, name, email, mobile, dietaryNeeds,
                accessibilityNeeds, consentAt, newStatus, registeredAt);
    }

    public boolean isRelative() {
        return "RELATIVE".equals(category);
    }
}
