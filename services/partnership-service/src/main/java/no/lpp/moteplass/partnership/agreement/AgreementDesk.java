package no.lpp.moteplass.partnership.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.contracts.partnership.AgreementState;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.partnership.organization.Organization;
import no.lpp.moteplass.partnership.organization.OrganizationType;
import no.lpp.moteplass.partnership.organization.Organizations;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.ConflictException;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.ETags;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens to an agreement, each step in one transaction with its history entry and, where other
 * services care (activated, renewed, expired, terminated), its event.
 */
@Service
public class AgreementDesk {

    static final String AGGREGATE = "agreement";
    static final String CALENDAR = "system:agreement-calendar";

    private final Agreements agreements;
    private final Organizations organizations;
    private final Outbox outbox;
    private final ChangeHistory history;
    private final Clock clock;

    AgreementDesk(Agreements agreements, Organizations organizations, Outbox outbox, ChangeHistory history,
            Clock clock) {
        this.agreements = agreements;
        this.organizations = organizations;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Norway.ZONE));
    }

    @Transactional
    public Agreement draft(Agreement.Terms terms, String by) {
        requireParties(terms);
        Agreement agreement = Agreement.draft(terms, clock.instant(), by);
        agreements.add(agreement);
        history.record(AGGREGATE, agreement.id(), "DRAFTED", by, agreement.state());
        return agreement;
    }

    @Transactional
    public Agreement change(UUID id, long version, Agreement.Terms terms, String by) {
        requireParties(terms);
        Agreement changed = current(id, version).change(terms, clock.instant());
        agreements.update(changed);
        history.record(AGGREGATE, id, "CHANGED", by, changed.state());
        return changed;
    }

    /** Signs for one party; the last signature activates the agreement at once if its period has begun. */
    @Transactional
    public Agreement sign(UUID id, UUID organizationId, String by) {
        Agreement signed = find(id).sign(organizationId, by, clock.instant());
        agreements.update(signed);
        history.record(AGGREGATE, id, "SIGNED", by, Map.of("organizationId", organizationId));
        if (signed.isDueForActivation(today())) {
            return store(signed.activate(today(), clock.instant()), "ACTIVATED", PartnershipEvents.AGREEMENT_ACTIVATED, by);
        }
        return signed;
    }

    @Transactional
    public Agreement terminate(UUID id, long version, String reason, String by) {
        Agreement current = current(id, version);
        Agreement terminated = current.terminate(reason, clock.instant());
        agreements.update(terminated);
        history.record(AGGREGATE, id, "TERMINATED", by, Map.of("reason", terminated.terminationReason()));
        outbox.publish(PartnershipEvents.AGREEMENT_TERMINATED, terminated.state());
        return terminated;
    }

    @Transactional
    public Agreement renew(UUID id, LocalDate startsOn, LocalDate endsOn, String by) {
        Agreement predecessor = find(id);
        if (agreements.hasSuccessor(id)) {
            throw new ConflictException("Avtalen er allerede fornyet.");
        }
        LocalDate start = startsOn != null ? startsOn : predecessor.terms().endsOn().plusDays(1);
        LocalDate end = endsOn != null ? endsOn
                : start.plusDays(predecessor.terms().endsOn().toEpochDay() - predecessor.terms().startsOn().toEpochDay());
        Agreement successor = predecessor.renew(start, end, clock.instant(), by);
        try {
            agreements.add(successor);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Avtalen er allerede fornyet.");
        }
        history.record(AGGREGATE, id, "RENEWED", by, Map.of("successorId", successor.id()));
        history.record(AGGREGATE, successor.id(), "DRAFTED", by, successor.state());
        outbox.publish(PartnershipEvents.AGREEMENT_RENEWED, successor.state());
        return successor;
    }

    /** Calendar step: activates the agreement if it is still due and no other replica is at it. */
    @Transactional
    public boolean activateIfDue(UUID id, LocalDate today) {
        return agreements.lockIfFree(id).filter(a -> a.isDueForActivation(today))
                .map(a -> store(a.activate(today, clock.instant()), "ACTIVATED",
                        PartnershipEvents.AGREEMENT_ACTIVATED, CALENDAR))
                .isPresent();
    }

    @Transactional
    public boolean expireIfDue(UUID id, LocalDate today) {
        return agreements.lockIfFree(id).filter(a -> a.isDueForExpiry(today))
                .map(a -> store(a.expire(today, clock.instant()), "EXPIRED", PartnershipEvents.AGREEMENT_EXPIRED,
                        CALENDAR))
                .isPresent();
    }

    @Transactional
    public boolean flagIfExpiringSoon(UUID id, LocalDate today) {
        return agreements.lockIfFree(id).filter(a -> a.isDueForExpiryFlag(today))
                .map(a -> store(a.flagExpiring(clock.instant()), "EXPIRING_SOON", null, CALENDAR))
                .isPresent();
    }

    private Agreement store(Agreement after, String change, EventContract<AgreementState> event, String by) {
        agreements.update(after);
        history.record(AGGREGATE, after.id(), change, by, after.state());
        if (event != null) {
            outbox.publish(event, after.state());
        }
        return after;
    }

    private Agreement find(UUID id) {
        return agreements.find(id).orElseThrow(() -> new NotFoundException("avtale", id));
    }

    private Agreement current(UUID id, long version) {
        Agreement current = find(id);
        if (current.version() != version) {
            throw ETags.stale();
        }
        return current;
    }

    /** Every party is a known, active organisation, and the LPP party is LPP's national organisation. */
    private void requireParties(Agreement.Terms terms) {
        for (Party party : terms.parties()) {
            Organization organization = organizations.find(party.organizationId())
                    .orElseThrow(() -> new DomainRuleViolation("Organisasjon " + party.organizationId() + " finnes ikke."));
            if (!organization.active()) {
                throw new DomainRuleViolation(organization.name() + " er deaktivert og kan ikke være part.");
            }
            if (party.role() == PartyRole.LPP && organization.details().type() != OrganizationType.LPP_NATIONAL) {
                throw new DomainRuleViolation("LPP-parten må være LPP nasjonalt.");
            }
        }
    }
}
