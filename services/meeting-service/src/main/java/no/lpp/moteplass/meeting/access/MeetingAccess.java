package no.lpp.moteplass.meeting.access;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.meeting.directory.Directory;
import no.lpp.moteplass.meeting.directory.KnownTeam;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with meetings. LPP administrators: everything. A coordinator: the meetings of teams their
 * organisation (or one below it) hosts. A facilitator: the meetings they lead, on the day (participants, check-in,
 * marking held). An intranet integration client: reads its organisation's meetings, nothing more. Nobody else sees a
 * meeting's participants.
 */
@Component
public class MeetingAccess {

    /** Which meetings a caller may list; {@code null} on both sides means all. */
    public record Scope(Set<UUID> hostedBy, Set<UUID> ledBy) {
    }

    private final Directory directory;

    MeetingAccess(Directory directory) {
        this.directory = directory;
    }

    /** Planning, publishing, rescheduling and cancelling. */
    public void requireMayPlanFor(Caller caller, UUID teamId) {
        if (!mayPlanFor(caller, teamId)) {
            throw new AccessDeniedException("Team " + teamId + " is not hosted by the caller's organisation");
        }
    }

    /** Seeing the meeting (not its participants). */
    public void requireMayRead(Caller caller, Meeting meeting) {
        if (!mayPlanFor(caller, meeting.teamId()) && !leads(caller, meeting) && !integrationOfHost(caller, meeting)) {
            throw new AccessDeniedException("Meeting " + meeting.id() + " is not the caller's");
        }
    }

    /** Seeing the meeting, its participants, checking them in and marking it held. */
    public void requireMayRun(Caller caller, Meeting meeting) {
        if (!mayPlanFor(caller, meeting.teamId()) && !leads(caller, meeting)) {
            throw new AccessDeniedException("Meeting " + meeting.id() + " is neither led nor coordinated by the caller");
        }
    }

    public Scope scope(Caller caller) {
        if (caller.hasRole(Roles.LPP_ADMIN)) {
            return new Scope(null, null);
        }
        Set<UUID> hosts = new HashSet<>(coordinated(caller));
        hosts.addAll(integrated(caller));
        return new Scope(hosts, directory.personsOfLogin(caller.subject()));
    }

    /** The organisations a coordinator acts for: their own and those below it. */
    public Set<UUID> coordinated(Caller caller) {
        return caller.hasRole(Roles.COORDINATOR) ? directory.withDescendants(caller.organizations()) : Set.of();
    }

    /** The organisations an intranet integration client is bound to, with those below them. */
    private Set<UUID> integrated(Caller caller) {
        return caller.hasRole(Roles.INTEGRATION) ? directory.withDescendants(caller.organizations()) : Set.of();
    }

    private boolean integrationOfHost(Caller caller, Meeting meeting) {
        Set<UUID> integrated = integrated(caller);
        return !integrated.isEmpty() && directory.team(meeting.teamId())
                .map(team -> team.hostOrganizationIds().stream().anyMatch(integrated::contains)).orElse(false);
    }

    private boolean mayPlanFor(Caller caller, UUID teamId) {
        if (caller.hasRole(Roles.LPP_ADMIN)) {
            return true;
        }
        KnownTeam team = directory.team(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
        Set<UUID> coordinated = coordinated(caller);
        return team.hostOrganizationIds().stream().anyMatch(coordinated::contains);
    }

    private boolean leads(Caller caller, Meeting meeting) {
        return meeting.isLedBy(directory.personsOfLogin(caller.subject()));
    }
}
