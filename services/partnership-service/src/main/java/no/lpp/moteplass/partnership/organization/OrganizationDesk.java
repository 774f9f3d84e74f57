package no.lpp.moteplass.partnership.organization;

import java.time.Clock;
import java.util.UUID;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
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
 * Registers, changes and deactivates organisations. Each change, its history entry and its event are stored in one
 * transaction, or none of them is.
 */
@Service
public class OrganizationDesk {

    static final String AGGREGATE = "organization";

    private final Organizations organizations;
    private final Outbox outbox;
    private final ChangeHistory history;
    private final Clock clock;

    OrganizationDesk(Organizations organizations, Outbox outbox, ChangeHistory history, Clock clock) {
        this.organizations = organizations;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public Organization register(Organization.Details details, String by) {
        requireParentExists(details);
        Organization organization = Organization.register(details, clock.instant(), by);
        store(() -> organizations.add(organization));
        return recorded(organization, "REGISTERED", PartnershipEvents.ORGANIZATION_REGISTERED, by);
    }

    /** Changes the organisation as of {@code version}, the one the caller read (412 if it is no longer current). */
    @Transactional
    public Organization change(UUID id, long version, Organization.Details details, String by) {
        Organization current = current(id, version);
        requireParentExists(details);
        if (details.parentId() != null && organizations.isSelfOrDescendant(details.parentId(), id)) {
            throw new DomainRuleViolation("Organisasjonen kan ikke plasseres under seg selv eller en av sine"
                    + " underordnede organisasjoner.");
        }
        Organization changed = current.change(details, clock.instant());
        store(() -> organizations.update(changed));
        return recorded(changed, "CHANGED", PartnershipEvents.ORGANIZATION_CHANGED, by);
    }

    @Transactional
    public Organization deactivate(UUID id, long version, String by) {
        Organization deactivated = current(id, version).deactivate(clock.instant());
        organizations.update(deactivated);
        return recorded(deactivated, "DEACTIVATED", PartnershipEvents.ORGANIZATION_DEACTIVATED, by);
    }

    private Organization current(UUID id, long version) {
        Organization current = organizations.find(id).orElseThrow(() -> new NotFoundException("organisasjon", id));
        if (current.version() != version) {
            throw ETags.stale();
        }
        return current;
    }

    private void requireParentExists(Organization.Details details) {
        if (details.parentId() != null && !organizations.exists(details.parentId())) {
            throw new DomainRuleViolation("Overordnet organisasjon " + details.parentId() + " finnes ikke.");
        }
    }

    private static void store(Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Det finnes allerede en organisasjon med dette navnet under samme overordnede"
                    + " organisasjon, eller med samme organisasjonsnummer eller innloggingsalias.");
        }
    }

    private Organization recorded(Organization organization, String change, EventContract<OrganizationState> event,
            String by) {
        history.record(AGGREGATE, organization.id(), change, by, organization.state());
        outbox.publish(event, organization.state());
        return organization;
    }
}
