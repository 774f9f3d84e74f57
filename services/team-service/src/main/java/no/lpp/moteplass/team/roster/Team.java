package no.lpp.moteplass.team.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import no.lpp.moteplass.contracts.teams.TeamState;
import no.lpp.moteplass.support.problem.ConflictException;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import no.lpp.moteplass.support.problem.NotFoundException;

/**
 * A local MØTEPLASS team. Its status is never set by hand (except dissolving): it follows from {@link Readiness}.
 *
 * @param version increases with every change; the API's ETag
 */
public record Team(UUID id, String name, String locality, TeamStatus status, List<UUID> hostOrganizationIds,
        List<Member> members, Instant createdAt, String createdBy, Instant changedAt, long version) {

    /**
     * @param coordinator whether this member coordinates the team
     */
    public record Member(UUID personId, MemberKind kind, boolean coordinator) {
    }

    public Team {
        hostOrganizationIds = List.copyOf(hostOrganizationIds);
        members = List.copyOf(members);
    }

    public static Team form(String name, String locality, List<UUID> hosts, Instant now, String by) {
        if (hosts.isEmpty()) {
            throw new DomainRuleViolation("Et team må ha minst én vertsorganisasjon.");
        }
        return new Team(UUID.randomUUID(), name.strip(), locality.strip(), TeamStatus.FORMING, hosts, List.of(), now,
                by, now, 0);
    }

    public Team withMember(Member member, Instant now) {
        requireNotDissolved();
        if (isMember(member.personId())) {
            throw new ConflictException("Personen er allerede med i teamet.");
        }
        List<Member> more = new ArrayList<>(members);
        more.add(member);
        return new Team(id, name, locality, status, hostOrganizationIds, more, createdAt, createdBy, now, version + 1);
    }

    public Team withoutMember(UUID personId, Instant now) {
        requireNotDissolved();
        if (!isMember(personId)) {
            throw new NotFoundException("teammedlem", personId);
        }
        List<Member> fewer = members.stream().filter(m -> !m.personId().equals(personId)).toList();
        return new Team(id, name, locality, status, hostOrganizationIds, fewer, createdAt, createdBy, now, version + 1);
    }

    public Team dissolve(Instant now) {
        requireNotDissolved();
        return new Team(id, name, locality, TeamStatus.DISSOLVED, hostOrganizationIds, members, createdAt, createdBy,
                now, version + 1);
    }

    /** This team under the given readiness; the same instance when its status does not change. */
    public Team under(Readiness readiness, Instant now) {
        TeamStatus next = readiness.statusFor(status);
        return next == status ? this
                : new Team(id, name, locality, next, hostOrganizationIds, members, createdAt, createdBy, now, version + 1);
    }

    public boolean isMember(UUID personId) {
        return members.stream().anyMatch(m -> m.personId().equals(personId));
    }

    /** The announced state; {@code userOf} gives a member's login id, or {@code null} for someone without one. */
    public TeamState state(Function<UUID, UUID> userOf) {
        return new TeamState(id, name, locality, status.name(), hostOrganizationIds, members.stream()
                .map(m -> new TeamState.Member(m.personId(), m.kind().name(), userOf.apply(m.personId()))).toList(),
                changedAt);
    }

    private void requireNotDissolved() {
        if (status == TeamStatus.DISSOLVED) {
            throw new DomainRuleViolation("Teamet er oppløst.");
        }
    }
}
