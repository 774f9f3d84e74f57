package no.lpp.moteplass.partnership.organization;

import java.time.Instant;
import java.util.UUID;
import no.lpp.moteplass.contracts.partnership.OrganizationRegistered;

/**
 * An organisation in the register.
 *
 * @param organizationNumber the Norwegian organisation number, or {@code null} (e.g. an informal local group)
 * @param region             the health region, or {@code null} for national organisations
 * @param parentId           the parent organisation (a DPS belongs to an HF), or {@code null}
 */
public record Organization(
        UUID id,
        String name,
        OrganizationType type,
        String organizationNumber,
        HealthRegion region,
        UUID parentId,
        boolean active,
        Instant registeredAt,
        String registeredBy) {

    /** A newly registered, active organisation. */
    public static Organization register(String name, OrganizationType type, String organizationNumber,
            HealthRegion region, UUID parentId, Instant now, String registeredBy) {
        return new Organization(UUID.randomUUID(), name.strip(), type, organizationNumber, region, parentId, true, now,
                registeredBy);
    }

    /** The integration event announcing this organisation to other services. */
    public OrganizationRegistered registered() {
        return new OrganizationRegistered(id, name, type.name(), organizationNumber,
                region == null ? null : region.name(), parentId, registeredAt);
    }
}
