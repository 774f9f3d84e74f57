package no.lpp.moteplass.partnership.organization.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.partnership.organization.Address;
import no.lpp.moteplass.partnership.organization.Contact;
import no.lpp.moteplass.partnership.organization.HealthRegion;
import no.lpp.moteplass.partnership.organization.Organization;
import no.lpp.moteplass.partnership.organization.OrganizationType;

/** An organisation as the API shows it; {@code version} is also sent as the {@code ETag}. */
public record OrganizationResponse(UUID id, String name, OrganizationType type, String organizationNumber,
        String municipalityNumber, HealthRegion region, UUID parentId, String identityAlias, Address address,
        List<Contact> contacts, boolean active, Instant registeredAt, Instant changedAt, long version) {

    static OrganizationResponse of(Organization organization) {
        Organization.Details details = organization.details();
        return new OrganizationResponse(organization.id(), details.name(), details.type(),
                details.organizationNumber(), details.municipalityNumber(), details.region(), details.parentId(),
                details.identityAlias(), details.address(), details.contacts(), organization.active(),
                organization.registeredAt(), organization.changedAt(), organization.version());
    }
}
