package no.lpp.moteplass.contracts.partnership;

import java.time.Instant;
import java.util.UUID;

/**
 * The full public state of an organisation (partner or supporter) after a change. Every organisation event carries it,
 * so the latest record per key on the compacted topic is all a new consumer needs. Organisation data is not personal
 * data; contact persons are deliberately left out.
 *
 * @param organizationId     the organisation's id, also the Kafka key
 * @param name               the organisation's name
 * @param type               the kind of organisation, e.g. {@code HEALTH_TRUST}, {@code MUNICIPALITY}; consumers
 *                           must accept values they do not know
 * @param organizationNumber the Norwegian organisation number (9 digits), if it has one
 * @param municipalityNumber the municipality number (4 digits) for municipalities
 * @param region             the health region ({@code NORD}, {@code MIDT}, {@code VEST}, {@code SOR_OST}), if any
 * @param parentId           the parent organisation's id, if any
 * @param identityAlias      the alias of the organisation in Keycloak (the {@code organization} token claim), if its
 *                           people log in
 * @param active             {@code false} once deactivated (organisations are never deleted)
 * @param changedAt          when the change happened
 */
public record OrganizationState(
        UUID organizationId,
        String name,
        String type,
        String organizationNumber,
        String municipalityNumber,
        String region,
        UUID parentId,
        String identityAlias,
        boolean active,
        Instant changedAt) {
}
