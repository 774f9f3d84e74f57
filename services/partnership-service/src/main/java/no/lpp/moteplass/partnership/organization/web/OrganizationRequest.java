package no.lpp.moteplass.partnership.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.partnership.organization.Address;
import no.lpp.moteplass.partnership.organization.Contact;
import no.lpp.moteplass.partnership.organization.HealthRegion;
import no.lpp.moteplass.partnership.organization.Organization;
import no.lpp.moteplass.partnership.organization.OrganizationType;

/** Body of {@code POST} (register) and {@code PUT} (change) on {@code /api/partnerships/organizations}. */
public record OrganizationRequest(
        @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ikke være lengre enn 200 tegn") String name,
        @NotNull(message = "må velges") OrganizationType type,
        @ValidOrganizationNumber String organizationNumber,
        @Pattern(regexp = "\\d{4}", message = "må være 4 siffer") String municipalityNumber,
        HealthRegion region,
        UUID parentId,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "må være små bokstaver, siffer og bindestrek")
        String identityAlias,
        @Valid AddressRequest address,
        @Size(max = 20, message = "høyst 20 kontaktpersoner") List<@Valid @NotNull ContactRequest> contacts) {

    /** A postal address. */
    public record AddressRequest(
            @Size(max = 200, message = "kan ikke være lengre enn 200 tegn") String street,
            @Pattern(regexp = "\\d{4}", message = "må være 4 siffer") String postalCode,
            @Size(max = 100, message = "kan ikke være lengre enn 100 tegn") String city) {
    }

    /** A contact person with work details. */
    public record ContactRequest(
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ikke være lengre enn 200 tegn") String name,
            @Size(max = 100, message = "kan ikke være lengre enn 100 tegn") String role,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "må være et telefonnummer (8-15 siffer)") String phone) {
    }

    Organization.Details toDetails() {
        return new Organization.Details(name, type, organizationNumber, municipalityNumber, region, parentId,
                identityAlias,
                address == null ? null : new Address(address.street(), address.postalCode(), address.city()),
                contacts == null ? List.of() : contacts.stream()
                        .map(contact -> new Contact(contact.name(), contact.role(), contact.email(), contact.phone()))
                        .toList());
    }
}
