package no.lpp.moteplass.partnership.organization.web;

import java.time.Instant;
import java.util.UUID;
import no.lpp.moteplass.partnership.organization.HealthRegion;
import no.lpp.moteplass.partnership.organization.Organization;
import no.lpp.moteplass.partnership.organization.OrganizationType;

/** An organisation as the API shows it. */
public record OrganizationResponse(UUID id, String name, OrganizationType type, String organizationNumber,
        HealthRegion region, UUID parentId, boolean active, Instant registeredAt) {

    static OrganizationResponse of(Organization organization) {
        return new OrganizationResponse(organization.id(), organization.name(), organization.type(),
                organization.organizationNumber(), organization.region(), organization.parentId(),
                organization.active(), organization.registeredAt());
    }
}
