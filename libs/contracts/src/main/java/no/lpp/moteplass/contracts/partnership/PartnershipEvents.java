package no.lpp.moteplass.contracts.partnership;

import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Topics;

/** The partnership service's event contracts. */
public final class PartnershipEvents {

    public static final EventContract<OrganizationState> ORGANIZATION_REGISTERED = organization("registered");
    public static final EventContract<OrganizationState> ORGANIZATION_CHANGED = organization("changed");
    public static final EventContract<OrganizationState> ORGANIZATION_DEACTIVATED = organization("deactivated");

    private PartnershipEvents() {
    }

    private static EventContract<OrganizationState> organization(String change) {
        return new EventContract<>(Topics.PARTNERSHIP_ORGANIZATION,
                "moteplass.partnership.organization." + change + ".v1",
                OrganizationState.class,
                state -> state.organizationId().toString());
    }
}
