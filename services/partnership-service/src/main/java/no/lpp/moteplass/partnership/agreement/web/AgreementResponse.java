package no.lpp.moteplass.partnership.agreement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.partnership.agreement.Agreement;
import no.lpp.moteplass.partnership.agreement.AgreementStatus;
import no.lpp.moteplass.partnership.agreement.Party;

/**
 * An agreement as the API shows it; {@code version} is also the {@code ETag}.
 *
 * @param expiringSoon an active agreement ending within 90 days
 */
public record AgreementResponse(UUID id, String title, AgreementStatus status, LocalDate startsOn, LocalDate endsOn,
        int meetingsPerHalfYear, List<Party> parties, UUID predecessorId, String terminationReason,
        boolean expiringSoon, Instant createdAt, Instant changedAt, long version) {

    static AgreementResponse of(Agreement agreement, LocalDate today) {
        Agreement.Terms terms = agreement.terms();
        boolean expiringSoon = agreement.status() == AgreementStatus.ACTIVE
                && !today.plusDays(Agreement.EXPIRY_WARNING_DAYS).isBefore(terms.endsOn());
        return new AgreementResponse(agreement.id(), terms.title(), agreement.status(), terms.startsOn(),
                terms.endsOn(), terms.meetingsPerHalfYear(), terms.parties(), agreement.predecessorId(),
                agreement.terminationReason(), expiringSoon, agreement.createdAt(), agreement.changedAt(),
                agreement.version());
    }
}
