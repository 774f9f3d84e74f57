package no.lpp.moteplass.portal.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.portal.web.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The post-meeting summary of a held meeting: a facilitator writes it, both facilitators approve the very text, and
 * one of them publishes it. The knowledge service refuses what it must (an edit withdraws the approvals; publishing
 * text with an email address, a phone number, a national identity number or a street address is refused, naming it),
 * and the page shows its reason.
 */
@Controller
@RequestMapping("/min-side/moter/{id}/oppsummering")
class SummaryPages {

    private static final String PAGE = "redirect:/min-side/moter/{id}/oppsummering";

    private final MeetingApi meetings;
    private final TeamApi teams;
    private final KnowledgeApi knowledge;

    SummaryPages(MeetingApi meetings, TeamApi teams, KnowledgeApi knowledge) {
        this.meetings = meetings;
        this.teams = teams;
        this.knowledge = knowledge;
    }

    @GetMapping
    String summary(@PathVariable UUID id, Model model) {
        Optional<ResponseEntity<KnowledgeApi.Summary>> stored = knowledge.summaryIfWritten(id);
        SummaryForm form = stored.map(found -> SummaryForm.of(found.getBody(), found.getHeaders().getETag()))
                .orElse(SummaryForm.empty());
        return page(id, form, stored.map(ResponseEntity::getBody).orElse(null), Map.of(), null, model);
    }

    @PostMapping
    String write(@PathVariable UUID id, @ModelAttribute SummaryForm form, Model model) {
        try {
            String etag = form.etag() == null || form.etag().isBlank() ? null : form.etag();
            knowledge.writeSummary(id, etag, form.toRequest());
            return PAGE + "?lagret";
        } catch (HttpClientErrorException e) {
            return refused(id, form, e, model);
        }
    }

    @PostMapping("/godkjenning")
    String approve(@PathVariable UUID id, @RequestParam String etag, Model model) {
        return act(id, () -> knowledge.approveSummary(id, etag), "?godkjent", model);
    }

    @PostMapping("/publisering")
    String publish(@PathVariable UUID id, @RequestParam String etag, Model model) {
        return act(id, () -> knowledge.publishSummary(id, etag), "?publisert", model);
    }

    private String act(UUID id, Runnable action, String done, Model model) {
        try {
            action.run();
            return PAGE + done;
        } catch (HttpClientErrorException e) {
            return refused(id, null, e, model);
        }
    }

    /** A refusal (invalid, a rule of the summary, or someone else changed it meanwhile) shown on the page. */
    private String refused(UUID id, SummaryForm typed, HttpClientErrorException e, Model model) {
        if (!ApiProblem.isRefusal(e)) {
            throw e;
        }
        ApiProblem problem = typed != null ? ApiProblem.of(e, typed::formField) : ApiProblem.of(e);
        Optional<ResponseEntity<KnowledgeApi.Summary>> stored = knowledge.summaryIfWritten(id);
        String etag = stored.map(found -> found.getHeaders().getETag()).orElse(null);
        // What was typed stays, with the current version, so saving again works after someone else's change.
        SummaryForm form = typed != null ? typed.withEtag(etag)
                : stored.map(found -> SummaryForm.of(found.getBody(), etag)).orElse(SummaryForm.empty());
        return page(id, form, stored.map(ResponseEntity::getBody).orElse(null), problem.fields(),
                problem.summary("Noe i oppsummeringen må rettes."), model);
    }

    private String page(UUID id, SummaryForm form, KnowledgeApi.Summary stored, Map<String, String> errors,
            String problem, Model model) {
        MeetingApi.Planned planned = meetings.meeting(id).getBody();
        TeamApi.Team team = teams.team(planned.meeting().teamId());
        Map<String, String> targets = new LinkedHashMap<>();
        team.hostOrganizationIds().forEach(host -> targets.put(host.toString(), teams.organization(host).name()));
        Map<String, String> tags = new LinkedHashMap<>();
        knowledge.tags().forEach(tag -> tags.put(tag.code(), tag.label()));
        model.addAttribute("planned", planned);
        model.addAttribute("summary", stored);
        model.addAttribute("form", form);
        model.addAttribute("kinds", SummaryForm.KINDS);
        model.addAttribute("serviceAreas", SummaryForm.SERVICE_AREAS);
        model.addAttribute("tags", tags);
        model.addAttribute("targets", targets);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "staff/summary";
    }
}
