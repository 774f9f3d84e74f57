package no.lpp.moteplass.meeting.meeting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.meeting.directory.Directory;
import no.lpp.moteplass.meeting.directory.KnownTeam;
import no.lpp.moteplass.meeting.meeting.Meeting;
import no.lpp.moteplass.meeting.meeting.MeetingFormat;
import no.lpp.moteplass.meeting.meeting.MeetingPlanning;
import no.lpp.moteplass.meeting.meeting.Meetings;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.security.Roles;
import no.lpp.moteplass.support.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coordinators plan their own teams' meetings; LPP administrators any. */
@RestController
@RequestMapping("/api/meetings/meetings")
class MeetingController {

    /** A meeting to plan; the date and start are local time in Norway. */
    record MeetingRequest(
            @NotNull UUID teamId,
            @NotNull UUID themeId,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @Size(max = 200) String venueName,
            @Size(max = 300) String venueAddress,
            @Size(max = 1000) String accessibilityNotes,
            @Size(max = 500) @Pattern(regexp = "https://.*", message = "må være en https-lenke") String onlineLink,
            @NotNull LocalDate date,
            @NotNull LocalTime startTime,
            @NotNull @Size(min = 2, max = 2, message = "et møte ledes av nøyaktig to fasilitatorer") List<@NotNull UUID> facilitatorIds,
            @NotNull @Min(1) @Max(500) Integer capacity,
            @Min(0) @Max(500) Integer reservedForRelatives,
            Instant registrationOpensAt,
            Instant registrationClosesAt) {

        Meeting.Details toDetails() {
            return new Meeting.Details(title.strip(), description, venueName, venueAddress, accessibilityNotes,
                    onlineLink, date.atTime(startTime).atZone(MeetingFormat.NORWAY), facilitatorIds, capacity,
                    reservedForRelatives == null ? 0 : reservedForRelatives, registrationOpensAt, registrationClosesAt);
        }
    }

    /** A meeting as its planners see it: all three parts of the format. */
    record MeetingResponse(Meeting meeting, MeetingFormat format) {
    }

    private final MeetingPlanning planning;
    private final Meetings meetings;
    private final Directory directory;

    MeetingController(MeetingPlanning planning, Meetings meetings, Directory directory) {
        this.planning = planning;
        this.meetings = meetings;
        this.directory = directory;
    }

    @PostMapping
    ResponseEntity<MeetingResponse> plan(@Valid @RequestBody MeetingRequest request) {
        Caller caller = Caller.current();
        requireMayPlanFor(caller, request.teamId());
        Meeting meeting = planning.plan(request.teamId(), request.themeId(), request.toDetails(), caller.subject());
        return respond(HttpStatus.CREATED, meeting);
    }

    @GetMapping("/{id}")
    ResponseEntity<MeetingResponse> one(@PathVariable UUID id) {
        Meeting meeting = find(id);
        requireMayPlanFor(Caller.current(), meeting.teamId());
        return respond(HttpStatus.OK, meeting);
    }

    @PostMapping("/{id}/publication")
    ResponseEntity<MeetingResponse> publish(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller caller = Caller.current();
        requireMayPlanFor(caller, find(id).teamId());
        return respond(HttpStatus.OK, planning.publish(id, ETags.requireVersion(ifMatch), caller.subject()));
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<MeetingResponse> cancel(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller caller = Caller.current();
        requireMayPlanFor(caller, find(id).teamId());
        return respond(HttpStatus.OK, planning.cancel(id, ETags.requireVersion(ifMatch), caller.subject()));
    }

    private void requireMayPlanFor(Caller caller, UUID teamId) {
        if (caller.hasRole(Roles.LPP_ADMIN)) {
            return;
        }
        KnownTeam team = directory.team(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
        if (caller.hasRole(Roles.COORDINATOR)
                && team.hostOrganizationIds().stream().anyMatch(directory.withDescendants(caller.organizations())::contains)) {
            return;
        }
        throw new AccessDeniedException("Team " + teamId + " is not hosted by the caller's organisation");
    }

    private Meeting find(UUID id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("møte", id));
    }

    private static ResponseEntity<MeetingResponse> respond(HttpStatus status, Meeting meeting) {
        var response = ResponseEntity.status(status).eTag(ETags.of(meeting.version()));
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/meetings/meetings/" + meeting.id()));
        }
        return response.body(new MeetingResponse(meeting, meeting.format()));
    }
}
