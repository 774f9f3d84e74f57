package no.lpp.moteplass.partnership.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.partnership.AgreementState;
import no.lpp.moteplass.support.problem.ConflictException;
import no.lpp.moteplass.support.problem.DomainRuleViolation;

/**
 * A cooperation agreement. It guards its own lifecycle: it activates only when every party has signed and its period
 * has begun, only a draft changes, and changing a draft's terms withdraws the signatures already given (they were
 * given to other terms).
 *
 * @param expiryFlaggedAt when it was flagged as expiring within 90 days, or {@code null}
 * @param version         increases with every change; the API's ETag
 */
public record Agreement(
        UUID id,
        Terms terms,
        AgreementStatus status,
        UUID predecessorId,
        String terminationReason,
        Instant expiryFlaggedAt,
        Instant createdAt,
        String createdBy,
        Instant changedAt,
        long version) {

    /** Days before the end date from which an active agreement is flagged as expiring. */
    public static final int EXPIRY_WARNING_DAYS = 90;

    /** What the parties agree on. */
    public record Terms(String title, LocalDate startsOn, LocalDate endsOn, int meetingsPerHalfYear, List<Party> parties) {

        public Terms {
            parties = List.copyOf(parties);
        }

        Terms withParties(List<Party> newParties) {
            return new Terms(title, startsOn, endsOn, meetingsPerHalfYear, newParties);
        }
    }

    public static Agreement draft(Terms terms, Instant now, String by) {
        check(terms);
        return new Agreement(UUID.randomUUID(), unsigned(terms), AgreementStatus.DRAFT, null, null, null, now, by, now, 0);
    }

    public Agreement change(Terms newTerms, Instant now) {
        requireStatus(AgreementStatus.DRAFT, "Bare utkast kan endres.");
        check(newTerms);
        return with(unsigned(newTerms), status, terminationReason, expiryFlaggedAt, now);
    }

    /** Records a party's signature; the caller then asks {@link #isDueForActivation}. */
    public Agreement sign(UUID organizationId, String by, Instant now) {
        requireStatus(AgreementStatus.DRAFT, "Bare utkast kan signeres.");
        Party party = terms.parties().stream().filter(p -> p.organizationId().equals(organizationId)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("Organisasjonen er ikke part i avtalen."));
        if (party.signed()) {
            throw new ConflictException("Avtalen er allerede signert for denne organisasjonen.");
        }
        List<Party> parties = terms.parties().stream()
                .map(p -> p.organizationId().equals(organizationId) ? p.signedBy(by, now) : p)
                .toList();
        return with(terms.withParties(parties), status, terminationReason, expiryFlaggedAt, now);
    }

    public boolean allSigned() {
        return terms.parties().stream().allMatch(Party::signed);
    }

    public boolean isDueForActivation(LocalDate today) {
        return status == AgreementStatus.DRAFT && allSigned() && !today.isBefore(terms.startsOn())
                && !today.isAfter(terms.endsOn());
    }

    public Agreement activate(LocalDate today, Instant now) {
        if (!isDueForActivation(today)) {
            throw new DomainRuleViolation("Avtalen kan ikke aktiveres før alle parter har signert og startdatoen er nådd.");
        }
        return with(terms, AgreementStatus.ACTIVE, null, expiryFlaggedAt, now);
    }

    public boolean isDueForExpiry(LocalDate today) {
        return status == AgreementStatus.ACTIVE && today.isAfter(terms.endsOn());
    }

    public Agreement expire(LocalDate today, Instant now) {
        if (!isDueForExpiry(today)) {
            throw new DomainRuleViolation("Avtalen er ikke utløpt.");
        }
        return with(terms, AgreementStatus.EXPIRED, null, expiryFlaggedAt, now);
    }

    public boolean isDueForExpiryFlag(LocalDate today) {
        return status == AgreementStatus.ACTIVE && expiryFlaggedAt == null
                && !today.plusDays(EXPIRY_WARNING_DAYS).isBefore(terms.endsOn());
    }

    public Agreement flagExpiring(Instant now) {
        return with(terms, status, terminationReason, now, now);
    }

    public Agreement terminate(String reason, Instant now) {
        if (status != AgreementStatus.DRAFT && status != AgreementStatus.ACTIVE) {
            throw new DomainRuleViolation("Bare utkast og aktive avtaler kan avsluttes.");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("En avtale avsluttes med en begrunnelse.");
        }
        return with(terms, AgreementStatus.TERMINATED, reason.strip(), expiryFlaggedAt, now);
    }

    /** A successor draft with the same parties and commitments for a new period, linked to this agreement. */
    public Agreement renew(LocalDate startsOn, LocalDate endsOn, Instant now, String by) {
        if (status != AgreementStatus.ACTIVE && status != AgreementStatus.EXPIRED) {
            throw new DomainRuleViolation("Bare aktive og utløpte avtaler kan fornyes.");
        }
        Terms renewed = new Terms(terms.title(), startsOn, endsOn, terms.meetingsPerHalfYear(), terms.parties());
        check(renewed);
        return new Agreement(UUID.randomUUID(), unsigned(renewed), AgreementStatus.DRAFT, id, null, null, now, by, now, 0);
    }

    public AgreementState state() {
        return new AgreementState(id, status.name(), terms.startsOn(), terms.endsOn(), terms.meetingsPerHalfYear(),
                terms.parties().stream()
                        .map(p -> new AgreementState.Party(p.organizationId(), p.role().name(), p.signed()))
                        .toList(),
                predecessorId, changedAt);
    }

    private Agreement with(Terms newTerms, AgreementStatus newStatus, String reason, Instant flaggedAt, Instant now) {
        return new Agreement(id, newTerms, newStatus, predecessorId, reason, flaggedAt, createdAt, createdBy, now,
                version + 1);
    }

    private void requireStatus(AgreementStatus required, String message) {
        if (status != required) {
            throw new DomainRuleViolation(message);
        }
    }

    private static Terms unsigned(Terms terms) {
        return terms.withParties(terms.parties().stream().map(Party::unsigned).toList());
    }

    private static void check(Terms terms) {
        if (!terms.endsOn().isAfter(terms.startsOn())) {
            throw new DomainRuleViolation("Sluttdatoen må være etter startdatoen.");
        }
        if (terms.meetingsPerHalfYear() < 2 || terms.meetingsPerHalfYear() > 3) {
            throw new DomainRuleViolation("MØTEPLASS-konseptet har 2–3 møter per halvår.");
        }
        if (terms.parties().stream().filter(p -> p.role() == PartyRole.LPP).count() != 1) {
            throw new DomainRuleViolation("LPP må være part i avtalen, én gang.");
        }
        if (terms.parties().stream().noneMatch(p -> p.role() == PartyRole.PARTNER)) {
            throw new DomainRuleViolation("Avtalen må ha minst én samarbeidspartner.");
        }
        if (terms.parties().stream().map(Party::organizationId).collect(java.util.stream.Collectors.toCollection(HashSet::new))
                .size() != terms.parties().size()) {
            throw new DomainRuleViolation("En organisasjon kan bare være part én gang.");
        }
    }
}
