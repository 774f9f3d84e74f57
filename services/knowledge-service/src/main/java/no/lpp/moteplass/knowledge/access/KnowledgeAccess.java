package no.lpp.moteplass.knowledge.access;

import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.knowledge.directory.Directory;
import no.lpp.moteplass.knowledge.directory.KnownMeeting;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with knowledge. LPP administrators: everything. A meeting's facilitators: write and approve its
 * summary, read its feedback including free text. A coordinator: their organisation's (and those below it)
 * follow-ups, and the summaries, feedback averages and reports of their teams. An intranet integration client: its
 * organisation's follow-ups.
 */
@Component
public class KnowledgeAccess {

    private final Directory directory;

    KnowledgeAccess(Directory directory) {
        this.directory = directory;
    }

    public boolean isAdmin(Caller caller) {
        return caller.hasRole(Roles.LPP_ADMIN);
    }

    /** The organisations a coordinator or an integration client acts for: their own and those below it. */
    public Set<UUID> actsFor(Caller caller) {
        return caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.INTEGRATION)
                ? directory.withDescendants(caller.organizations()) : Set.of();
    }

    /** Only coordinators, not integration clients, see their teams' meetings and reports. */
    public Set<UUID> coordinates(Caller caller) {
        return caller.hasRole(Roles.COORDINATOR) ? directory.withDescendants(caller.organizations()) : Set.of();
    }

    /** The caller's person id among the meeting's facilitators; refused for anyone else. */
    public UUID requireFacilitator(Caller caller, KnownMeeting meeting) {
        return directory.personsOfLogin(caller.subject()).stream().filter(meeting.facilitatorIds()::contains)
                .findFirst().orElseThrow(() -> new AccessDeniedException("Only the meeting's facilitators write and"
                        + " approve its summary"));
    }

    public boolean leads(Caller caller, KnownMeeting meeting) {
        return meeting.isLedBy(directory.personsOfLogin(caller.subject()));
    }

    /** Reading a meeting's summary and feedback averages. */
    public void requireMayRead(Caller caller, KnownMeeting meeting) {
        if (isAdmin(caller) || leads(caller, meeting)
                || meeting.hostOrganizationIds().stream().anyMatch(coordinates(caller)::contains)) {
            return;
        }
        throw new AccessDeniedException("Meeting " + meeting.id() + " is not the caller's");
    }

    /** Moving a follow-up along: LPP, or a coordinator or integration client of that organisation. */
    public void requireMayFollowUp(Caller caller, UUID organizationId) {
        if (!isAdmin(caller) && !actsFor(caller).contains(organizationId)) {
            throw new AccessDeniedException("Organisation " + organizationId + " is not the caller's");
        }
    }
}
