package no.lpp.moteplass.knowledge.followup.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.knowledge.access.KnowledgeAccess;
import no.lpp.moteplass.knowledge.followup.FollowUp;
import no.lpp.moteplass.knowledge.followup.FollowUpDesk;
import no.lpp.moteplass.knowledge.followup.FollowUps;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-ups addressed to the caller's organisation: its coordinators, or its intranet through the API, move them
 * along; LPP sees all of them.
 */
@RestController
@RequestMapping("/api/knowledge/follow-ups")
class FollowUpController {


    /** A follow-up as its organisation sees it: what was said, where it stands, and whether it is overdue. */
    record FollowUpView(FollowUp followUp, String statement, String kind, UUID meetingId, boolean overdue) {
    }

    record Detail(FollowUpView followUp, List<ChangeHistory.Change> history) {
    }

    record StepRequest(@NotNull FollowUp.Status status, @FreeText @Size(max = 2000) String action,
            @Size(max = 200) String responsibleRole, LocalDate dueDate, @FreeText @Size(max = 2000) String reason) {
    }

    private final FollowUps followUps;
    private final FollowUpDesk desk;
    private final KnowledgeAccess access;
    private final ChangeHistory history;
    private final Clock clock;
    private final int acknowledgeWithinDays;

    FollowUpController(FollowUps followUps, FollowUpDesk desk, KnowledgeAccess access, ChangeHistory history,
            Clock clock, @Value("${moteplass.follow-ups.acknowledge-within-days}") int acknowledgeWithinDays) {
        this.followUps = followUps;
        this.desk = desk;
        this.access = access;
        this.history = history;
        this.clock = clock;
        this.acknowledgeWithinDays = acknowledgeWithinDays;
    }

    @GetMapping
    Page<FollowUpView> list(@RequestParam(required = false) FollowUp.Status status, @Valid PageRequest page) {
        Caller caller = Caller.current();
        return followUps.list(access.isAdmin(caller) ? null : access.actsFor(caller), status, page).map(this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<Detail> one(@PathVariable UUID id) {
        FollowUps.WithInsight found = followUps.withInsight(id).orElseThrow(() -> new NotFoundException("oppfølging", id));
        access.requireMayFollowUp(Caller.current(), found.followUp().organizationId());
        return ResponseEntity.ok().eTag(ETags.of(found.followUp().version()))
                .body(new Detail(view(found), history.of(FollowUpDesk.AGGREGATE, id)));
    }

    @PostMapping("/{id}/status")
    ResponseEntity<FollowUp> move(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody StepRequest request) {
        Caller caller = Caller.current();
        FollowUp current = followUps.find(id).orElseThrow(() -> new NotFoundException("oppfølging", id));
        access.requireMayFollowUp(caller, current.organizationId());
        FollowUp moved = desk.move(id, ETags.requireVersion(ifMatch), new FollowUp.Step(request.status(),
                request.action(), request.responsibleRole(), request.dueDate(), request.reason()), caller.subject());
        return ResponseEntity.ok().eTag(ETags.of(moved.version())).body(moved);
    }

    private FollowUpView view(FollowUps.WithInsight found) {
        return new FollowUpView(found.followUp(), found.statement(), found.kind(), found.meetingId(),
                found.followUp().isOverdue(LocalDate.now(clock.withZone(Norway.ZONE)), acknowledgeWithinDays, Norway.ZONE));
    }
}
