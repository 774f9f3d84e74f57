package no.lpp.moteplass.team.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.lpp.moteplass.contracts.teams.CertificationState;
import no.lpp.moteplass.support.problem.DomainRuleViolation;

/**
 * A certification held by a person.
 *
 * @param type            {@code BASIC} or {@code FACILITATOR} (from the course type)
 * @param sessionId       the course session that granted it, if any
 * @param expiryFlaggedAt when it was flagged as expiring within 60 days
 */
public record Certification(UUID id, UUID personId, String type, UUID sessionId, LocalDate issuedOn,
        LocalDate validUntil, CertificationStatus status, String revokedReason, Instant expiryFlaggedAt,
        Instant changedAt) {

    public static final int EXPIRY_WARNING_DAYS = 60;

    static Certification issue(UUID personId, String type, UUID sessionId, LocalDate issuedOn, int validMonths,
            Instant now) {
        return new Certification(UUID.randomUUID(), personId, type, sessionId, issuedOn,
                issuedOn.plusMonths(validMonths), CertificationStatus.VALID, null, null, now);
    }

    Certification revoke(String reason, Instant now) {
        if (status != CertificationStatus.VALID) {
            throw new DomainRuleViolation("Bare gyldige sertifiseringer kan trekkes tilbake.");
        }
        return new Certification(id, personId, type, sessionId, issuedOn, validUntil, CertificationStatus.REVOKED,
                reason.strip(), expiryFlaggedAt, now);
    }

    boolean isDueForExpiry(LocalDate today) {
        return status == CertificationStatus.VALID && today.isAfter(validUntil);
    }

    Certification expire(Instant now) {
        return new Certification(id, personId, type, sessionId, issuedOn, validUntil, CertificationStatus.EXPIRED,
                null, expiryFlaggedAt, now);
    }

    boolean isDueForExpiryFlag(LocalDate today) {
        return status == CertificationStatus.VALID && expiryFlaggedAt == null
                && !today.plusDays(EXPIRY_WARNING_DAYS).isBefore(validUntil);
    }

    Certification flagExpiring(Instant now) {
        return new Certification(id, personId, type, sessionId, issuedOn, validUntil, status, revokedReason, now, now);
    }

    public boolean expiringSoon(LocalDate today) {
        return status == CertificationStatus.VALID && !today.plusDays(EXPIRY_WARNING_DAYS).isBefore(validUntil);
    }

    CertificationState state() {
        return new CertificationState(id, personId, type, validUntil, status.name(), changedAt);
    }
}
