package no.lpp.moteplass.team.organization;

import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.support.inbox.InboundEvent;
import no.lpp.moteplass.support.inbox.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies partnership events to the read model, each exactly once. */
@Service
public class OrganizationDirectory {

    static final String CONSUMER = "team-service.organizations";

    private final KnownOrganizations organizations;
    private final Inbox inbox;

    OrganizationDirectory(KnownOrganizations organizations, Inbox inbox) {
        this.organizations = organizations;
        this.inbox = inbox;
    }

    /**
     * Takes in the organisation's state as of the event. The inbox row and the read-model change commit together, so
     * a redelivery finds the first and does nothing.
     */
    @Transactional
    public void apply(InboundEvent event, OrganizationState state) {
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        organizations.apply(new KnownOrganization(state.organizationId(), state.name(), state.type(), state.region(),
                state.parentId(), state.identityAlias(), state.active(), event.time()));
    }
}
