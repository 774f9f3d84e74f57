package no.lpp.moteplass.partnership.organization;

import java.util.Set;
import java.util.UUID;

/**
 * Which organisations a list shows: the query's filters plus the organisations the caller may see.
 *
 * @param visible {@code null} for everything (LPP administrators), otherwise the ids the caller may see
 */
public record OrganizationFilter(OrganizationType type, HealthRegion region, UUID parentId, Boolean active,
        Set<UUID> visible) {
}
