package no.lpp.moteplass.team.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.contracts.teams.TeamEvents;
import no.lpp.moteplass.contracts.teams.TeamState;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.ConflictException;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.team.agreement.AgreementsChanged;
import no.lpp.moteplass.team.agreement.KnownAgreements;
import no.lpp.moteplass.team.certification.CertificationsChanged;
import no.lpp.moteplass.team.organization.KnownOrganizations;
import no.lpp.moteplass.team.person.People;
import no.lpp.moteplass.team.person.Person;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms teams, changes their membership, and keeps their status in step with readiness: after every change to
 * membership, to a member's certifications, or to a host's agreements, in the same transaction.
 */
@Service
public class RosterDesk {

    static final String AGGREGATE = "team";

    private final Teams teams;
    private final People people;
    private final KnownOrganizations organizations;
    private final KnownAgreements agreements;
    private final Outbox outbox;
    private final ChangeHistory history;
    private final Clock clock;

    RosterDesk(Teams teams, People people, KnownOrganizations organizations, KnownAgreements agreements, Outbox outbox,
            ChangeHistory history, Clock clock) {
        this.teams = teams;
        this.people = people;
        this.organizations = organizations;
        this.agreements = agreements;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    /** Every host must be a known, active organisation party to an active agreement. */
    @Transactional
    public Team form(String name, String locality, List<UUID> hosts, String by) {
        for (UUID host : hosts) {
            var organization = organizations.find(host)
                    .orElseThrow(() -> new DomainRuleViolation("Organisasjon " + host + " er ukjent."));
            if (!organization.active()) {
                throw new DomainRuleViolation(organization.name() + " er deaktivert.");
            }
            if (!agreements.anyActive(List.of(host))) {
                throw new DomainRuleViolation(organization.name() + " har ingen aktiv samarbeidsavtale med LPP,"
                        + " og kan derfor ikke være vertskap for et MØTEPLASS-team.");
            }
        }
        Team team = Team.form(name, locality, hosts, clock.instant(), by);
        try {
            teams.add(team);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Det finnes allerede et team med dette navnet.");
        }
        return publish(team, "FORMED", TeamEvents.TEAM_FORMED, by);
    }

    /**
     * Demo data only: a team whose host's agreement has already ended (it was formed while it was active). The
     * readiness rule then suspends it at once, as it would have when the agreement ended.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Team formSuspendedForDemo(String name, String locality, UUID host, String by) {
        Team team = Team.form(name, locality, List.of(host), clock.instant(), by);
        teams.add(team);
        publish(team, "FORMED", TeamEvents.TEAM_FORMED, by);
        recompute(team.id());
        return teams.find(team.id()).orElseThrow();
    }

    /**
     * A person joins a team only from one of its host organisations (or one below it); people without an organisation,
     * such as relatives, may join any team. So a coordinator cannot pull another organisation's professional onto
     * their team, and through it see that person's details.
     */
    @Transactional
    public Team addMember(UUID teamId, long version, Team.Member member, String by) {
        Person person = people.find(member.personId()).orElseThrow(() -> new DomainRuleViolation("Person "
                + member.personId() + " er ukjent; registrer personen først."));
        Team team = current(teamId, version);
        if (person.organizationId() != null
                && !organizations.withDescendantsOf(team.hostOrganizationIds()).contains(person.organizationId())) {
            throw new DomainRuleViolation("Personen hører til en organisasjon som ikke er vertskap for teamet."
                    + " Et team har bare medlemmer fra vertsorganisasjonene (og enheter under dem).");
        }
        Team changed = team.withMember(member, clock.instant());
        return changeMembership(changed, version, "MEMBER_ADDED", by);
    }

    @Transactional
    public Team removeMember(UUID teamId, long version, UUID personId, String by) {
        Team changed = current(teamId, version).withoutMember(personId, clock.instant());
        return changeMembership(changed, version, "MEMBER_REMOVED", by);
    }

    @Transactional
    public Team dissolve(UUID teamId, long version, String by) {
        Team dissolved = current(teamId, version).dissolve(clock.instant());
        teams.update(dissolved, version);
        TeamState state = state(dissolved);
        history.record(AGGREGATE, teamId, "DISSOLVED", by, state);
        outbox.publish(TeamEvents.TEAM_DISSOLVED, state);
        return dissolved;
    }

    /** A host's agreement changed: its teams may have become suspended or restored. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AgreementsChanged change) {
        teams.hostedByAny(change.organizationIds()).forEach(this::recompute);
    }

    /** A member's certification was issued, revoked or expired. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CertificationsChanged change) {
        teams.withMember(change.personId()).forEach(this::recompute);
    }

    private void recompute(UUID teamId) {
        Team team = teams.lock(teamId).orElseThrow();
        Team recomputed = team.under(readiness(team), clock.instant());
        if (recomputed != team) {
            store(recomputed, team.version(), "STATUS_" + recomputed.status(), "system:readiness");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Norway.ZONE));
    }

    Readiness readiness(Team team) {
        LocalDate today = today();
        return new Readiness(agreements.anyActive(team.hostOrganizationIds()),
                teams.certifiedMembers(team.id(), MemberKind.PROFESSIONAL, "FACILITATOR", today),
                teams.certifiedMembers(team.id(), MemberKind.RELATIVE, "BASIC", today));
    }

    /**
     * Readiness counts the stored members, so the membership is written first and the status settled after it; one
     * event carries the result.
     */
    private Team changeMembership(Team changed, long expectedVersion, String change, String by) {
        teams.update(changed, expectedVersion);
        Team settled = changed.under(readiness(changed), clock.instant());
        if (settled != changed) {
            teams.update(settled, changed.version());
        }
        return publish(settled, change, TeamEvents.TEAM_CHANGED, by);
    }

    private Team store(Team team, long expectedVersion, String change, String by) {
        teams.update(team, expectedVersion);
        return publish(team, change, TeamEvents.TEAM_CHANGED, by);
    }

    private Team publish(Team team, String change, EventContract<TeamState> event, String by) {
        TeamState state = state(team);
        history.record(AGGREGATE, team.id(), change, by, state);
        outbox.publish(event, state);
        return team;
    }

    /** Members' login ids go with the state so the meetings service can recognise a meeting's facilitators. */
    private TeamState state(Team team) {
        return team.state(person -> people.find(person).map(Person::userId).orElse(null));
    }

    private Team current(UUID id, long version) {
        Team team = teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
        if (team.version() != version) {
            throw ETags.stale();
        }
        return team;
    }
}
