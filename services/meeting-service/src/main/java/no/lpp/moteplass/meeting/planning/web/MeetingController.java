package no.lpp.moteplass.meeting.planning.web;

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
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.meeting.access.MeetingAccess;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.MeetingFormat;
import no.lpp.moteplass.meeting.planning.PlanningDesk;
import no.lpp.moteplass.meeting.planning.MeetingStatus;
import no.lpp.moteplass.meeting.planning.Meetings;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coordinators plan their own teams' meetings, LPP administrators any; a meeting's facilitators see it and close it
 * after it is held. Who may do what is decided in {@link MeetingAccess}.
 */
@RestController
@RequestMapping("/api/meetings/meetings")
class MeetingController {

    /** A meeting to plan; the date and start are local time in Norway. */
    record MeetingRequest(
            @NotNull UUID teamId,
            @NotNull UUID themeId,
            @NotBlank @Size(max = 200) String title,
            @FreeText @Size(max = 4000) String description,
            @Size(max = 200) String venueName,
            @Size(max = 300) String venueAddress,
            @FreeText @Size(max = 1000) String accessibilityNotes,
            @Size(max = 500) @Pattern(regexp = "https://.*", message = "må være en https-lenke") String onlineLink,
            @NotNull LocalDate date,
            @NotNull LocalTime startTime,
            @NotNull @Size(min = 2, max = 2, message = "velg to fasilitatorer: et møte ledes av nøyaktig to") List<@NotNull UUID> facilitatorIds,
            @NotNull @Min(1) @Max(500) Integer capacity,
            @Min(0) @Max(500) Integer reservedForRelatives,
            Instant registrationOpensAt,
            Instant registrationClosesAt) {

        Meeting.Details toDetails() {
            return new Meeting.Details(title.strip(), description, venueName, venueAddress, accessibilityNotes,
                    onlineLink, date.atTime(startTime).atZone(Norway.ZONE), facilitatorIds, capacity,
                    reservedForRelatives == null ? 0 : reservedForRelatives, registrationOpensAt, registrationClosesAt);
        }
    }

    /** A meeting as its planners see it: all three parts of the format. */
    record MeetingResponse(Meeting meeting, MeetingFormat format) {
    }

    /** A new time or place; the date and start are local time in Norway. */
    record ScheduleRequest(
            @NotNull LocalDate date,
            @NotNull LocalTime startTime,
            @Size(max = 200) String venueName,
            @Size(max = 300) String venueAddress,
            @FreeText @Size(max = 1000) String accessibilityNotes,
            @Size(max = 500) @Pattern(regexp = "https://.*", message = "må være en https-lenke") String onlineLink) {

        Meeting.Schedule toSchedule() {
            return new Meeting.Schedule(date.atTime(startTime).atZone(Norway.ZONE), venueName, venueAddress,
                    accessibilityNotes, onlineLink);
        }
    }

    /** Those who came without registering, counted by category and relation/sector. */
    record WalkIn(@NotNull @Pattern(regexp = "RELATIVE|PROFESSIONAL") String category,
            @NotBlank @Pattern(regexp = "[A-Z_]{2,60}") String group, @NotNull @Min(1) @Max(500) Integer count) {
    }

    record HeldRequest(@Size(max = 30) List<@Valid @NotNull WalkIn> walkIns) {
    }

    private final PlanningDesk planning;
    private final Meetings meetings;
    private final MeetingAccess access;

    MeetingController(PlanningDesk planning, Meetings meetings, MeetingAccess access) {
        this.planning = planning;
        this.meetings = meetings;
        this.access = access;
    }

    /** The meetings the caller plans or leads, newest first. */
    @GetMapping
    Page<MeetingResponse> list(@RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) MeetingStatus status, @Valid PageRequest page) {
        MeetingAccess.Scope scope = access.scope(Caller.current());
        return meetings.list(scope.hostedBy(), scope.ledBy(), teamId, status, page)
                .map(meeting -> new MeetingResponse(meeting, meeting.format()));
    }

    @PostMapping
    ResponseEntity<MeetingResponse> plan(@Valid @RequestBody MeetingRequest request) {
        Caller caller = Caller.current();
        access.requireMayPlanFor(caller, request.teamId());
        Meeting meeting = planning.plan(request.teamId(), request.themeId(), request.toDetails(), caller.subject());
        return respond(HttpStatus.CREATED, meeting);
    }

    @GetMapping("/{id}")
    ResponseEntity<MeetingResponse> one(@PathVariable UUID id) {
        Meeting meeting = find(id);
        access.requireMayRead(Caller.current(), meeting);
        return respond(HttpStatus.OK, meeting);
    }

    @PostMapping("/{id}/publication")
    ResponseEntity<MeetingResponse> publish(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller caller = Caller.current();
        access.requireMayPlanFor(caller, find(id).teamId());
        return respond(HttpStatus.OK, planning.publish(id, ETags.requireVersion(ifMatch), caller.subject()));
    }

    /** Moves the meeting; everyone registered gets an email with the new time or place. */
    @PutMapping("/{id}/schedule")
    ResponseEntity<MeetingResponse> reschedule(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ScheduleRequest request) {
        Caller caller = Caller.current();
        access.requireMayPlanFor(caller, find(id).teamId());
        return respond(HttpStatus.OK, planning.reschedule(id, ETags.requireVersion(ifMatch), request.toSchedule(),
                caller.subject()));
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<MeetingResponse> cancel(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller caller = Caller.current();
        access.requireMayPlanFor(caller, find(id).teamId());
        return respond(HttpStatus.OK, planning.cancel(id, ETags.requireVersion(ifMatch), caller.subject()));
    }

    /** After the meeting: marks it held, counting the checked-in participants and any walk-ins. */
    @PostMapping("/{id}/held")
    ResponseEntity<MeetingResponse> hold(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) HeldRequest request) {
        Caller caller = Caller.current();
        access.requireMayRun(caller, find(id));
        List<MeetingState.Attendance> walkIns = request == null || request.walkIns() == null ? List.of()
                : request.walkIns().stream().map(w -> new MeetingState.Attendance(w.category(), w.group(), w.count()))
                        .toList();
        return respond(HttpStatus.OK, planning.hold(id, ETags.requireVersion(ifMatch), walkIns, caller.subject()));
    }

    /** Who came, counted; for everyone who may see the meeting. */
    @GetMapping("/{id}/attendance")
    List<MeetingState.Attendance> attendance(@PathVariable UUID id) {
        access.requireMayRun(Caller.current(), find(id));
        return planning.attendance(id);
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
