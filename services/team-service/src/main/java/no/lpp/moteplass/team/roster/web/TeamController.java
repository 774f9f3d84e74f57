package no.lpp.moteplass.team.roster.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import no.lpp.moteplass.team.access.TeamAccess;
import no.lpp.moteplass.team.roster.MemberKind;
import no.lpp.moteplass.team.roster.Team;
import no.lpp.moteplass.team.roster.RosterDesk;
import no.lpp.moteplass.team.roster.TeamStatus;
import no.lpp.moteplass.team.roster.Teams;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/teams/teams")
class TeamController {

    /** A new team and the organisations hosting it. */
    record TeamRequest(
            @NotBlank(message = "må fylles ut") @Size(max = 200) String name,
            @NotBlank(message = "må fylles ut") @Size(max = 200) String locality,
            @NotEmpty(message = "må ha minst én vertsorganisasjon") @Size(max = 10) List<@NotNull UUID> hostOrganizationIds) {
    }

    /** A person joining the team; {@code coordinator} defaults to false. */
    record MemberRequest(@NotNull(message = "må fylles ut") UUID personId,
            @NotNull(message = "må velges") MemberKind kind, Boolean coordinator) {
    }

    private final RosterDesk roster;
    private final Teams teams;
    private final TeamAccess access;
    private final ChangeHistory history;

    TeamController(RosterDesk roster, Teams teams, TeamAccess access, ChangeHistory history) {
        this.roster = roster;
        this.teams = teams;
        this.access = access;
        this.history = history;
    }

    @GetMapping
    Page<Team> list(@RequestParam(required = false) TeamStatus status, @Valid PageRequest page) {
        TeamAccess.Scope scope = access.teamScope(Caller.current());
        return Page.of(teams.list(status, scope.hostedBy(), scope.withPersons(), page), page,
                teams.count(status, scope.hostedBy(), scope.withPersons()));
    }

    @GetMapping("/{id}")
    ResponseEntity<Team> one(@PathVariable UUID id) {
        Team team = find(id);
        access.requireMayRead(Caller.current(), team);
        return respond(HttpStatus.OK, team);
    }

    @PostMapping
    ResponseEntity<Team> form(@Valid @RequestBody TeamRequest request) {
        Caller caller = Caller.current();
        access.requireMayHost(caller, request.hostOrganizationIds());
        Team team = roster.form(request.name(), request.locality(), request.hostOrganizationIds(), caller.subject());
        return respond(HttpStatus.CREATED, team);
    }

    @PostMapping("/{id}/members")
    ResponseEntity<Team> addMember(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody MemberRequest request) {
        Caller caller = Caller.current();
        access.requireMayManage(caller, find(id));
        long version = ETags.requireVersion(ifMatch);
        Team team = roster.addMember(id, version,
                new Team.Member(request.personId(), request.kind(), Boolean.TRUE.equals(request.coordinator())),
                caller.subject());
        return respond(HttpStatus.OK, team);
    }

    @DeleteMapping("/{id}/members/{personId}")
    ResponseEntity<Team> removeMember(@PathVariable UUID id, @PathVariable UUID personId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller caller = Caller.current();
        access.requireMayManage(caller, find(id));
        return respond(HttpStatus.OK, roster.removeMember(id, ETags.requireVersion(ifMatch), personId, caller.subject()));
    }

    @PostMapping("/{id}/dissolution")
    ResponseEntity<Team> dissolve(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller caller = Caller.current();
        access.requireMayManage(caller, find(id));
        return respond(HttpStatus.OK, roster.dissolve(id, ETags.requireVersion(ifMatch), caller.subject()));
    }

    @GetMapping("/{id}/history")
    List<ChangeHistory.Change> history(@PathVariable UUID id) {
        access.requireMayManage(Caller.current(), find(id));
        return history.of("team", id);
    }

    private Team find(UUID id) {
        return teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
    }

    private static ResponseEntity<Team> respond(HttpStatus status, Team team) {
        var response = ResponseEntity.status(status).eTag(ETags.of(team.version()));
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/teams/teams/" + team.id()));
        }
        return response.body(team);
    }
}
