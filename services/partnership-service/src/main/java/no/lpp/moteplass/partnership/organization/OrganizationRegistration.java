package no.lpp.moteplass.partnership.organization;

import java.time.Clock;
import java.util.UUID;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.ConflictException;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers organisations: the row and its event are stored in one transaction, or neither is. */
@Service
public class OrganizationRegistration {

    private final Organizations organizations;
    private final Outbox outbox;
    private final Clock clock;

    OrganizationRegistration(Organizations organizations, Outbox outbox, Clock clock) {
        this.organizations = organizations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a caller asks to register; already validated for form. */
    public record Registration(String name, OrganizationType type, String organizationNumber, HealthRegion region,
            UUID parentId) {
    }

    @Transactional
    public Organization register(Registration request, String registeredBy) {
        if (request.parentId() != null && !organizations.exists(request.parentId())) {
            throw new DomainRuleViolation("Overordnet organisasjon " + request.parentId() + " finnes ikke.");
        }
        Organization organization = Organization.register(request.name(), request.type(),
                request.organizationNumber(), request.region(), request.parentId(), clock.instant(), registeredBy);
        try {
            organizations.add(organization);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Det finnes allerede en organisasjon med dette navnet under samme overordnede"
                    + " organisasjon, eller med dette organisasjonsnummeret.");
        }
        outbox.publish(PartnershipEvents.ORGANIZATION_REGISTERED, organization.registered());
        return organization;
    }
}
