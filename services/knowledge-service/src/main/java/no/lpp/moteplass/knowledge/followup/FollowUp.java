package no.lpp.moteplass.knowledge.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.lpp.moteplass.contracts.knowledge.FollowUpState;
import no.lpp.moteplass.support.problem.DomainRuleViolation;

/**
 * One organisation's follow-up of one insight: RECEIVED → ACKNOWLEDGED → ACTION_PLANNED (what, who as a role, by when)
 * → IMPLEMENTED, or NOT_PURSUED with a reason once acknowledged.
 */
public record FollowUp(UUID id, UUID insightId, UUID organizationId, Status status, String action,
        String responsibleRole, LocalDate dueDate, String reason, Instant createdAt, Instant changedAt, long version) {

    public enum Status { RECEIVED, ACKNOWLEDGED, ACTION_PLANNED, IMPLEMENTED, NOT_PURSUED }

    /** What the organisation says when it moves the item along. */
    public record Step(Status to, String action, String responsibleRole, LocalDate dueDate, String reason) {
    }

    static FollowUp received(UUID insightId, UUID organizationId, Instant now) {
        return new FollowUp(UUID.randomUUID(), insightId, organizationId, Status.RECEIVED, null, null, null, null, now,
                now, 0);
    }

    FollowUp move(Step step, Instant now) {
        boolean allowed = switch (step.to()) {
            case ACKNOWLEDGED -> status == Status.RECEIVED;
            case ACTION_PLANNED -> status == Status.ACKNOWLEDGED || status == Status.ACTION_PLANNED;
            case IMPLEMENTED -> status == Status.ACTION_PLANNED;
            case NOT_PURSUED -> status == Status.ACKNOWLEDGED || status == Status.ACTION_PLANNED;
            case RECEIVED -> false;
        };
        if (!allowed) {
            throw new DomainRuleViolation("En oppfølging kan ikke gå fra " + status + " til " + step.to() + ".");
        }
        if (step.to() == Status.ACTION_PLANNED && (blank(step.action()) || blank(step.responsibleRole())
                || step.dueDate() == null)) {
            throw new DomainRuleViolation("Et planlagt tiltak trenger hva som skal gjøres, ansvarlig rolle og frist.");
        }
        if (step.to() == Status.NOT_PURSUED && blank(step.reason())) {
            throw new DomainRuleViolation("Oppgi hvorfor innspillet ikke følges opp.");
        }
        boolean planned = step.to() == Status.ACTION_PLANNED;
        return new FollowUp(id, insightId, organizationId, step.to(), planned ? step.action() : action,
                planned ? step.responsibleRole() : responsibleRole, planned ? step.dueDate() : dueDate,
                step.to() == Status.NOT_PURSUED ? step.reason() : reason, createdAt, now, version + 1);
    }

    /** Overdue: a planned action past its date, or an item nobody has acknowledged within the allowed days. */
    public boolean isOverdue(LocalDate today, int acknowledgeWithinDays, java.time.ZoneId zone) {
        return switch (status) {
            case ACTION_PLANNED -> dueDate.isBefore(today);
            case RECEIVED -> createdAt.atZone(zone).toLocalDate().plusDays(acknowledgeWithinDays).isBefore(today);
            default -> false;
        };
    }

    public FollowUpState state() {
        return new FollowUpState(id, insightId, organizationId, status.name(), action, responsibleRole, dueDate, reason,
                changedAt);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
