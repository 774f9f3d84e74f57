package no.lpp.moteplass.partnership.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.lpp.moteplass.partnership.organization.HealthRegion;
import no.lpp.moteplass.partnership.organization.OrganizationRegistration.Registration;
import no.lpp.moteplass.partnership.organization.OrganizationType;

/** Body of {@code POST /api/partnerships/organizations}. */
public record RegisterOrganizationRequest(
        @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ikke være lengre enn 200 tegn") String name,
        @NotNull(message = "må velges") OrganizationType type,
        @ValidOrganizationNumber String organizationNumber,
        HealthRegion region,
        UUID parentId) {

    Registration toRegistration() {
        return new Registration(name, type, organizationNumber, region, parentId);
    }
}
