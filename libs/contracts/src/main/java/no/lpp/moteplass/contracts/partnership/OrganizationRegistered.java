package no.lpp.moteplass.contracts.partnership;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation (a partner such as a health trust or municipality, or a supporter) was added to the register.
 *
 * <p>Carries the organisation's full public state so consumers can keep a read model without calling the partnership
 * service. Organisation data is not personal data.
 *
 * @param organizationId     the organisation's id, also the Kafka key
 * @param name               the organisation's name
 * @param type               the kind of organisation, e.g. {@code HEALTH_TRUST}, {@code MUNICIPALITY}; consumers
 *                           must accept values they do not know
 * @param organizationNumber the Norwegian organisation number (9 digits), if it has one
 * @param region             the health region ({@code NORD}, {@code MIDT}, {@code VEST}, {@code SOR_OST}), if any
 * @param parentId           the parent organisation's id, if any
 * @param registeredAt       when it was registered
 */
public record OrganizationRegistered(
        UUID organizationId,
        String name,
        String type,
        String organizationNumber,
        String region,
        UUID parentId,
        Instant registeredAt) {
}
