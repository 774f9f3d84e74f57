package no.lpp.moteplass.knowledge.summary;

import java.util.List;
import java.util.UUID;

/**
 * One thing learned at the meeting, addressed to the services it concerns.
 *
 * @param kind                  {@code EXPERIENCE}, {@code IMPROVEMENT_SUGGESTION} or {@code GOOD_PRACTICE}
 * @param themeTags             codes from the national taxonomy
 * @param serviceAreas          e.g. {@code DPS}, {@code NAV}
 * @param targetOrganizationIds the organisations asked to follow it up
 */
public record Insight(UUID id, String statement, String kind, List<String> themeTags, List<String> serviceAreas,
        List<UUID> targetOrganizationIds) {

    public Insight {
        themeTags = List.copyOf(themeTags);
        serviceAreas = List.copyOf(serviceAreas);
        targetOrganizationIds = List.copyOf(targetOrganizationIds);
    }
}
