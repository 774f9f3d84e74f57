package no.lpp.moteplass.contracts.partnership;

import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Topics;

/** The partnership service's event contracts. */
public final class PartnershipEvents {

    public static final EventContract<OrganizationState> ORGANIZATION_REGISTERED = organization("registered");
    public static final EventContract<OrganizationState> ORGANIZATION_CHANGED = organization("changed");
    public static final EventContract<OrganizationState> ORGANIZATION_DEACTIVATED = organization("deactivated");

    public static final EventContract<AgreementState> AGREEMENT_ACTIVATED = agreement("activated");
    public static final EventContract<AgreementState> AGREEMENT_RENEWED = agreement("renewed");
    public static final EventContract<AgreementState> AGREEMENT_EXPIRED = agreement("expired");
    public static final EventContract<AgreementState> AGREEMENT_TERMINATED = agreement("terminated");

    private PartnershipEvents() {
    }

    private static EventContract<AgreementState> agreement(String change) {
        return new EventContract<>(Topics.PARTNERSHIP_AGREEMENT,
                "moteplass.partnership.agreement." + change + ".v1",
                AgreementState.class,
                state -> state.agreementId().toString());
    }

    private static EventContract<OrganizationState> organization(String change) {
        return new EventContract<>(Topics.PARTNERSHIP_ORGANIZATION,
                "moteplass.partnership.organization." + change + ".v1",
                OrganizationState.class,
                state -> state.organizationId().toString());
    }
}
