package no.lpp.moteplass.team.organization;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation as last announced by the partnership service.
 *
 * @param identityAlias the organisation's Keycloak alias (the {@code organization} token claim), if any
 * @param active {@code false} once the organisation has been deactivated
 * @param asOf   when the change this row reflects happened (the event's {@code ce_time})
 */
public record KnownOrganization(UUID id, String name, String type, String region, UUID parentId,
        String identityAlias, boolean active, Instant asOf) {
}
