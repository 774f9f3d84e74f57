package no.lpp.moteplass.team.training.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import no.lpp.moteplass.team.access.TeamAccess;
import no.lpp.moteplass.team.training.Courses;
import no.lpp.moteplass.team.training.CourseSession;
import no.lpp.moteplass.team.training.CourseType;
import no.lpp.moteplass.team.training.Enrolment;
import no.lpp.moteplass.team.training.TrainingDesk;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/teams")
class TrainingController {

    record CourseTypeRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "store bokstaver, siffer og _") String code,
            @NotBlank @Size(max = 200) String name,
            @FreeText @Size(max = 2000) String description,
            @NotBlank @Pattern(regexp = "[A-Z_]{2,40}") String certificationType,
            @NotNull @Min(1) @Max(120) Integer validMonths) {
    }

    record SessionRequest(
            @NotNull UUID courseTypeId,
            @NotNull Instant startsAt,
            @Size(max = 300) String place,
            @Size(max = 500) @Pattern(regexp = "https://.*", message = "må være en https-lenke") String onlineLink,
            @NotBlank @Size(max = 200) String trainer,
            @NotNull @Min(1) @Max(500) Integer capacity) {
    }

    record EnrolmentRequest(@NotNull(message = "må fylles ut") UUID personId) {
    }

    record AttendanceRequest(@NotNull @Size(max = 500) List<@NotNull UUID> present) {
    }

    /** A session with its enrolments, for training staff. */
    record SessionDetails(CourseSession session, List<Enrolment> enrolments) {
    }

    private final TrainingDesk training;
    private final Courses catalogue;
    private final TeamAccess access;

    TrainingController(TrainingDesk training, Courses catalogue, TeamAccess access) {
        this.training = training;
        this.catalogue = catalogue;
        this.access = access;
    }

    @GetMapping("/course-types")
    Page<CourseType> courseTypes(@Valid PageRequest page) {
        return Page.of(catalogue.courseTypes(page.size(), page.offset()), page, catalogue.courseTypeCount());
    }

    @PostMapping("/course-types")
    @PreAuthorize("hasAnyRole('lpp-admin', 'lpp-trainer')")
    ResponseEntity<CourseType> defineCourseType(@Valid @RequestBody CourseTypeRequest request) {
        CourseType type = training.defineCourseType(request.code(), request.name(), request.description(),
                request.certificationType(), request.validMonths());
        return ResponseEntity.created(URI.create("/api/teams/course-types/" + type.id())).body(type);
    }

    /** Training staff and coordinators (who enrol their people) see the sessions on offer. */
    @GetMapping("/sessions")
    @PreAuthorize("hasAnyRole('lpp-admin', 'lpp-trainer', 'coordinator')")
    Page<CourseSession> sessions(@Valid PageRequest page) {
        return Page.of(catalogue.sessions(page.size(), page.offset()), page, catalogue.sessionCount());
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("hasAnyRole('lpp-admin', 'lpp-trainer')")
    SessionDetails session(@PathVariable UUID id) {
        CourseSession session = catalogue.session(id).orElseThrow(() -> new NotFoundException("kursgjennomføring", id));
        return new SessionDetails(session, catalogue.enrolments(id));
    }

    @PostMapping("/sessions")
    @PreAuthorize("hasAnyRole('lpp-admin', 'lpp-trainer')")
    ResponseEntity<CourseSession> schedule(@Valid @RequestBody SessionRequest request) {
        CourseSession session = training.schedule(request.courseTypeId(), request.startsAt(), request.place(),
                request.onlineLink(), request.trainer(), request.capacity(), Caller.current().subject());
        return ResponseEntity.created(URI.create("/api/teams/sessions/" + session.id())).body(session);
    }

    /** Training staff enrol anyone; a coordinator their own people. A full session puts the person on the waiting list. */
    @PostMapping("/sessions/{id}/enrolments")
    Enrolment enrol(@PathVariable UUID id, @Valid @RequestBody EnrolmentRequest request) {
        Caller caller = Caller.current();
        access.requireMayEnrol(caller, request.personId());
        return training.enrol(id, request.personId(), caller.subject());
    }

    @DeleteMapping("/sessions/{id}/enrolments/{personId}")
    ResponseEntity<Void> cancel(@PathVariable UUID id, @PathVariable UUID personId) {
        Caller caller = Caller.current();
        access.requireMayEnrol(caller, personId);
        training.cancel(id, personId, caller.subject());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/sessions/{id}/attendance")
    @PreAuthorize("hasAnyRole('lpp-admin', 'lpp-trainer')")
    List<Enrolment> attendance(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest request) {
        return training.recordAttendance(id, request.present(), Caller.current().subject());
    }

    @PostMapping("/sessions/{id}/completion")
    @PreAuthorize("hasAnyRole('lpp-admin', 'lpp-trainer')")
    Map<String, Integer> complete(@PathVariable UUID id) {
        return Map.of("certified", training.complete(id, Caller.current().subject()));
    }
}
