package no.lpp.moteplass.team.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.security.Roles;
import no.lpp.moteplass.team.organization.KnownOrganizations;
import no.lpp.moteplass.team.person.People;
import no.lpp.moteplass.team.person.Person;
import no.lpp.moteplass.team.roster.Team;
import no.lpp.moteplass.team.roster.Teams;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

@Component
public class TeamAccess {

    /**
     * Which teams a caller may list: {@code hostedBy}/{@code withPersons} {@code null} means no limit on that side.
     */
    public record Scope(Set<UUID> hostedBy, Set<UUID> withPersons) {

        static final Scope ALL = new Scope(null, null);
    }

    private final KnownOrganizations organizations;
    private final People people;
    private final Teams teams;

    TeamAccess(KnownOrganizations organizations, People people, Teams teams) {
        this.organizations = organizations;
        this.people = people;
        this.teams = teams;
    }

    public boolean isTrainingStaff(Caller caller) {
        return caller.hasRole(Roles.LPP_ADMIN) || caller.hasRole(Roles.LPP_TRAINER);
    }

    public void requireTrainingStaff(Caller caller) {
        if (!isTrainingStaff(caller)) {
            throw new AccessDeniedException("Only LPP administrators and trainers run training");
        }
    }

    /** The organisations a coordinator acts for: their own and those below it. */
    public Set<UUID> coordinatedOrganizations(Caller caller) {
        return caller.hasRole(Roles.COORDINATOR) ? organizations.withDescendants(caller.organizations()) : Set.of();
    }

    /**
     * The person the caller logs in as. A login bound to a person of an organisation counts only when the caller's
     * token comes from that organisation (or one above it): a coordinator cannot make someone from elsewhere one of
     * their people by typing in their login id.
     */
    public Optional<Person> personOf(Caller caller) {
        Optional<Person> person;
        try {
            person = people.byUser(UUID.fromString(caller.subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return person.filter(p -> p.organizationId() == null
                || organizations.withDescendants(caller.organizations()).contains(p.organizationId()));
    }

    public Scope teamScope(Caller caller) {
        if (isTrainingStaff(caller)) {
            return Scope.ALL;
        }
        Set<UUID> own = personOf(caller).map(Person::id).map(Set::of).orElse(Set.of());
        return new Scope(caller.hasRole(Roles.COORDINATOR) ? coordinatedOrganizations(caller) : Set.of(), own);
    }

    /** Forming a team: LPP administrators for any hosts, a coordinator only for their own organisations. */
    public void requireMayHost(Caller caller, Collection<UUID> hosts) {
        if (caller.hasRole(Roles.LPP_ADMIN) || coordinatedOrganizations(caller).containsAll(hosts)) {
            return;
        }
        throw new AccessDeniedException("The caller may not form a team hosted by " + hosts);
    }

    public void requireMayManage(Caller caller, Team team) {
        if (!mayManage(caller, team)) {
            throw new AccessDeniedException("Team " + team.id() + " is not hosted by the caller's organisation");
        }
    }

    public void requireMayRead(Caller caller, Team team) {
        if (isTrainingStaff(caller) || mayManage(caller, team)
                || personOf(caller).map(person -> team.isMember(person.id())).orElse(false)) {
            return;
        }
        throw new AccessDeniedException("Team " + team.id() + " is not the caller's");
    }

    /**
     * Registering a person: training staff, or a coordinator for their own organisations (or no organisation). Only
     * training staff may bind a login to a person outside every organisation: a coordinator binds logins of their
     * own organisations' people.
     */
    public void requireMayRegister(Caller caller, UUID organizationId, UUID userId) {
        if (isTrainingStaff(caller)) {
            return;
        }
        boolean own = organizationId != null && coordinatedOrganizations(caller).contains(organizationId);
        if (caller.hasRole(Roles.COORDINATOR) && (own || (organizationId == null && userId == null))) {
            return;
        }
        throw new AccessDeniedException("The caller may not register people for organisation " + organizationId);
    }

    /**
     * Enrolling someone on a course, or taking them off it: training staff for anyone, a coordinator for the people
     * they act for. A facilitator does not enrol themselves; their coordinator does.
     */
    public void requireMayEnrol(Caller caller, UUID personId) {
        if (isTrainingStaff(caller)) {
            return;
        }
        if (!caller.hasRole(Roles.COORDINATOR)) {
            throw new AccessDeniedException("Only training staff and coordinators enrol people");
        }
        requireMayActFor(caller, personId);
    }

    /** Training staff see everyone; a coordinator the people of their organisations and on their teams. */
    public void requireMayActFor(Caller caller, UUID personId) {
        Set<UUID> visible = visiblePersons(caller);
        if (visible != null && !visible.contains(personId)) {
            throw new AccessDeniedException("Person " + personId + " is not one of the caller's");
        }
    }

    /** {@code null} for everyone (training staff). */
    public Set<UUID> visiblePersons(Caller caller) {
        if (isTrainingStaff(caller)) {
            return null;
        }
        Set<UUID> visible = new HashSet<>();
        personOf(caller).ifPresent(person -> visible.add(person.id()));
        if (caller.hasRole(Roles.COORDINATOR)) {
            Set<UUID> coordinated = coordinatedOrganizations(caller);
            visible.addAll(people.ofOrganizations(coordinated));
            for (UUID teamId : teams.hostedByAny(coordinated)) {
                teams.find(teamId).ifPresent(team -> team.members().forEach(m -> visible.add(m.personId())));
            }
        }
        return visible;
    }

    private boolean mayManage(Caller caller, Team team) {
        if (caller.hasRole(Roles.LPP_ADMIN)) {
            return true;
        }
        Set<UUID> coordinated = coordinatedOrganizations(caller);
        return team.hostOrganizationIds().stream().anyMatch(coordinated::contains);
    }
}
