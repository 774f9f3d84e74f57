package no.lpp.moteplass.contracts.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How one organisation follows up one insight ("you said, we did").
 *
 * @param followUpId      the follow-up's id, also the Kafka key
 * @param insightId       the insight it follows up
 * @param organizationId  the organisation that follows it up
 * @param status          {@code RECEIVED}, {@code ACKNOWLEDGED}, {@code ACTION_PLANNED}, {@code IMPLEMENTED} or
 *                        {@code NOT_PURSUED}; consumers must accept values they do not know
 * @param action          what the organisation will do (from {@code ACTION_PLANNED})
 * @param responsibleRole who is responsible, as a role (never a person's name)
 * @param dueDate         when the action is due
 * @param reason          why it is not pursued
 * @param changedAt       when the change happened
 */
public record FollowUpState(UUID followUpId, UUID insightId, UUID organizationId, String status, String action,
        String responsibleRole, LocalDate dueDate, String reason, Instant changedAt) {
}
