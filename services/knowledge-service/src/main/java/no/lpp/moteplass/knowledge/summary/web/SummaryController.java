package no.lpp.moteplass.knowledge.summary.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.knowledge.access.KnowledgeAccess;
import no.lpp.moteplass.knowledge.directory.Directory;
import no.lpp.moteplass.knowledge.directory.KnownMeeting;
import no.lpp.moteplass.knowledge.summary.Insight;
import no.lpp.moteplass.knowledge.summary.Summaries;
import no.lpp.moteplass.knowledge.summary.Summary;
import no.lpp.moteplass.knowledge.summary.SummaryDesk;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A meeting's post-meeting summary: written, approved and published by its two facilitators. */
@RestController
@RequestMapping("/api/knowledge/meetings/{meetingId}/summary")
class SummaryController {

    enum Kind { EXPERIENCE, IMPROVEMENT_SUGGESTION, GOOD_PRACTICE }

    enum ServiceArea {
        DPS, HOSPITAL_WARD, MUNICIPAL_MENTAL_HEALTH, GP, NAV, CHILD_WELFARE, SCHOOL_PPT, OTHER
    }

    record InsightRequest(@FreeText @NotBlank @Size(max = 2000) String statement, @NotNull Kind kind,
            @NotNull @Size(max = 10) List<@NotBlank String> themeTags,
            @NotEmpty @Size(max = 8) List<@NotNull ServiceArea> serviceAreas,
            @NotEmpty(message = "velg minst én mottaker") @Size(max = 20) List<@NotNull UUID> targetOrganizationIds) {

        Insight toInsight() {
            return new Insight(UUID.randomUUID(), statement.strip(), kind.name(), themeTags,
                    serviceAreas.stream().map(Enum::name).toList(), targetOrganizationIds);
        }
    }

    record SummaryRequest(@FreeText @NotBlank @Size(max = 8000) String narrative,
            @NotNull @Size(max = 30) List<@Valid @NotNull InsightRequest> insights) {
    }

    private final SummaryDesk desk;
    private final Summaries summaries;
    private final Directory directory;
    private final KnowledgeAccess access;

    SummaryController(SummaryDesk desk, Summaries summaries, Directory directory, KnowledgeAccess access) {
        this.desk = desk;
        this.summaries = summaries;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping
    ResponseEntity<Summary> read(@PathVariable UUID meetingId) {
        KnownMeeting meeting = meeting(meetingId);
        access.requireMayRead(Caller.current(), meeting);
        return respond(summaries.ofMeeting(meetingId)
                .orElseThrow(() -> new NotFoundException("oppsummering for møtet", meetingId)));
    }

    @PutMapping
    ResponseEntity<Summary> write(@PathVariable UUID meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SummaryRequest request) {
        Caller caller = Caller.current();
        KnownMeeting meeting = meeting(meetingId);
        access.requireFacilitator(caller, meeting);
        return respond(desk.write(meeting, ifMatch, request.narrative().strip(),
                request.insights().stream().map(InsightRequest::toInsight).toList(), caller.subject()));
    }

    @PostMapping("/approvals")
    ResponseEntity<Summary> approve(@PathVariable UUID meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller caller = Caller.current();
        KnownMeeting meeting = meeting(meetingId);
        UUID facilitator = access.requireFacilitator(caller, meeting);
        return respond(desk.approve(meeting, ETags.requireVersion(ifMatch), facilitator, caller.subject()));
    }

    @PostMapping("/publication")
    ResponseEntity<Summary> publish(@PathVariable UUID meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller caller = Caller.current();
        KnownMeeting meeting = meeting(meetingId);
        access.requireFacilitator(caller, meeting);
        return respond(desk.publish(meeting, ETags.requireVersion(ifMatch), caller.subject()));
    }

    private KnownMeeting meeting(UUID id) {
        return directory.meeting(id).orElseThrow(() -> new NotFoundException("møte", id));
    }

    private static ResponseEntity<Summary> respond(Summary summary) {
        return ResponseEntity.ok().eTag(ETags.of(summary.version())).body(summary);
    }
}
