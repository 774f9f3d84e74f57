package no.lpp.moteplass.contracts.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One insight from a published post-meeting summary: knowledge relatives shared, addressed to the services concerned.
 * Checked for personal identifiers before it was published; it names no participant.
 *
 * @param insightId             the insight's id, also the Kafka key
 * @param meetingId             the meeting it came from
 * @param teamId                the team that held the meeting
 * @param statement             what was learned, in the facilitators' words
 * @param kind                  {@code EXPERIENCE}, {@code IMPROVEMENT_SUGGESTION} or {@code GOOD_PRACTICE}
 * @param themeTags             tags from the national taxonomy
 * @param serviceAreas          the service areas it concerns, e.g. {@code DPS}, {@code NAV}
 * @param targetOrganizationIds the organisations asked to follow it up
 * @param publishedAt           when the summary was published
 */
public record InsightState(UUID insightId, UUID meetingId, UUID teamId, String statement, String kind,
        List<String> themeTags, List<String> serviceAreas, List<UUID> targetOrganizationIds, Instant publishedAt) {
}
