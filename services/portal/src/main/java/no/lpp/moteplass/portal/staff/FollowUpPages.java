package no.lpp.moteplass.portal.staff;

import no.lpp.moteplass.portal.web.FormFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.web.client.HttpClientErrorException;

/**
 * What came back from the meetings to a coordinator's organisation: each insight to follow up, and moving it along —
 * taken in, an action planned (what, who, by when), implemented, or not pursued with the reason. The knowledge service
 * keeps the history and decides which step may follow which.
 */
@Controller
@RequestMapping("/min-side/oppfolging")
class FollowUpPages {

    /** The follow-up form as staff/follow-up.html shows it. */
    private static final FormFields FIELDS = FormFields.form()
            .choice("status", "ny status").text("action", "hva som skal gjøres")
            .text("responsibleRole", "ansvarlig rolle").text("dueDate", "frist").text("reason", "begrunnelse");

    private final KnowledgeApi knowledge;

    FollowUpPages(KnowledgeApi knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("followUps", knowledge.followUps().items());
        return "staff/follow-ups";
    }

    @GetMapping("/{id}")
    String one(@PathVariable UUID id, Model model) {
        return page(id, FollowUpStep.empty(), Map.of(), null, model);
    }

    @PostMapping("/{id}")
    String move(@PathVariable UUID id, @ModelAttribute FollowUpStep step, Model model) {
        try {
            knowledge.moveFollowUp(id, step.etag(), step.toRequest());
            return "redirect:/min-side/oppfolging/{id}?oppdatert";
        } catch (HttpClientErrorException e) {
            if (!ApiProblem.isRefusal(e)) {
                throw e;
            }
            ApiProblem problem = ApiProblem.of(e, FIELDS);
            return page(id, step, problem.fields(), problem.summary("Noe i skjemaet må rettes."), model);
        }
    }

    private String page(UUID id, FollowUpStep step, Map<String, String> errors, String problem, Model model) {
        ResponseEntity<KnowledgeApi.FollowUpDetail> found = knowledge.followUp(id);
        Map<String, String> next = new LinkedHashMap<>(KnowledgeApi.FOLLOW_UP_STATUSES);
        next.remove("RECEIVED");
        model.addAttribute("detail", Objects.requireNonNull(found.getBody()));
        model.addAttribute("etag", found.getHeaders().getETag());
        model.addAttribute("statuses", next);
        model.addAttribute("allStatuses", KnowledgeApi.FOLLOW_UP_STATUSES);
        model.addAttribute("step", step);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "staff/follow-up";
    }
}
