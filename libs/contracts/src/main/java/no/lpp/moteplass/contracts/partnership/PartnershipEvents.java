package no.lpp.moteplass.contracts.partnership;

import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Topics;

/** The partnership service's event contracts. */
public final class PartnershipEvents {

    public static final EventContract<OrganizationRegistered> ORGANIZATION_REGISTERED = new EventContract<>(
            Topics.PARTNERSHIP_ORGANIZATION,
            "moteplass.partnership.organization.registered.v1",
            OrganizationRegistered.class,
            event -> event.organizationId().toString());

    private PartnershipEvents() {
    }
}
