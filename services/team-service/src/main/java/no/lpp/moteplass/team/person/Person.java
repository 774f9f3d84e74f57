package no.lpp.moteplass.team.person;

import java.time.Instant;
import java.util.UUID;

/**
 * A person known to the teams service.
 *
 * @param userId         their Keycloak user id if they log in (lets a team member read their own team)
 * @param organizationId a professional's organisation
 * @param profession     a professional's profession, e.g. "psykologspesialist"
 * @param lppChapterId   a relative's LPP local chapter, if any
 */
public record Person(UUID id, String name, String email, UUID userId, UUID organizationId, String profession,
        UUID lppChapterId, Instant createdAt, String createdBy) {
}
