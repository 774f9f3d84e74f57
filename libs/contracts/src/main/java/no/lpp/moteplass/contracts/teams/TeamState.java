package no.lpp.moteplass.contracts.teams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The full state of a MØTEPLASS team after a change.
 *
 * @param teamId              the team's id, also the Kafka key
 * @param name                the team's name
 * @param locality            where it runs its meetings
 * @param status              {@code FORMING}, {@code READY}, {@code SUSPENDED} or {@code DISSOLVED}; consumers must
 *                            accept values they do not know
 * @param hostOrganizationIds the organisations hosting the team
 * @param members             who is on the team (ids and kind only)
 * @param changedAt           when the change happened
 */
public record TeamState(UUID teamId, String name, String locality, String status, List<UUID> hostOrganizationIds,
        List<Member> members, Instant changedAt) {

    /**
     * @param personId the person
     * @param kind     {@code PROFESSIONAL} or {@code RELATIVE}
     * @param userId   the person's login (Keycloak user id), if they have one: lets other services recognise a
     *                 facilitator when they call
     */
    public record Member(UUID personId, String kind, UUID userId) {
    }
}
