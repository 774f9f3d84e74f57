package no.lpp.moteplass.portal.staff;

import no.lpp.moteplass.portal.web.FormFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.portal.web.ApiProblem;
import no.lpp.moteplass.portal.web.PageNotFound;
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

/** "Min side": a signed-in coordinator's or LPP administrator's teams and meetings, and planning a meeting. */
@Controller
@RequestMapping("/min-side")
class StaffPages {

    /** The plan form as staff/plan.html shows it. */
    private static final FormFields PLAN = FormFields.form()
            .choice("theme", "tema").text("title", "tittel").text("description", "beskrivelse").text("date", "dato")
            .text("startTime", "når møtet starter").text("venueName", "sted").text("venueAddress", "adresse")
            .text("accessibilityNotes", "tilgjengelighet").text("capacity", "antall plasser")
            .text("reservedForRelatives", "plasser holdt av til pårørende")
            .choice("facilitator1", "første fasilitator").choice("facilitator2", "andre fasilitator")
            .alias("facilitatorIds", "facilitator1").alias("teamId", "team").alias("themeId", "theme");

    private final TeamApi teams;
    private final MeetingApi meetings;
    private final KnowledgeApi knowledge;

    StaffPages(TeamApi teams, MeetingApi meetings, KnowledgeApi knowledge) {
        this.teams = teams;
        this.meetings = meetings;
        this.knowledge = knowledge;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("teams", allowed(() -> teams.teams().items()));
        model.addAttribute("meetings", allowed(() -> meetings.meetings().items()));
        model.addAttribute("followUps", allowed(() -> knowledge.followUps().items()));
        return "staff/home";
    }

    @GetMapping("/moter/nytt")
    String planForm(@ModelAttribute("user") SignedIn user, @RequestParam(required = false) UUID team, Model model) {
        user.mayUse(user.plansMeetings());
        if (team == null) {
            model.addAttribute("teams", teams.teams().items());
            return "staff/choose-team";
        }
        return planPage(MeetingPlan.forTeam(team), Map.of(), null, model);
    }

    @PostMapping("/moter")
    String plan(@ModelAttribute MeetingPlan plan, Model model) {
        if (plan.team() == null) {
            throw new PageNotFound();
        }
        try {
            MeetingApi.Planned planned = meetings.plan(plan.toRequest());
            return "redirect:/min-side/moter/" + planned.meeting().id() + "?planlagt";
        } catch (HttpClientErrorException e) {
            if (!ApiProblem.isRefusal(e)) {
                throw e;
            }
            ApiProblem problem = ApiProblem.of(e, PLAN);
            return planPage(plan, problem.fields(), problem.summary("Noe i skjemaet må rettes."), model);
        }
    }

    @GetMapping("/moter/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        return meetingPage(id, null, model);
    }

    /** Publishing is refused with the service's reason (team not ready, a facilitator not certified on the date). */
    @PostMapping("/moter/{id}/publisering")
    String publish(@PathVariable UUID id, @RequestParam String etag, Model model) {
        try {
            meetings.publish(id, etag);
            return "redirect:/min-side/moter/" + id + "?publisert";
        } catch (HttpClientErrorException e) {
            if (!ApiProblem.isRefusal(e)) {
                throw e;
            }
            return meetingPage(id, ApiProblem.of(e).summary("Møtet kunne ikke publiseres."), model);
        }
    }

    private String planPage(MeetingPlan plan, Map<String, String> errors, String problem, Model model) {
        TeamApi.Team team = teams.team(plan.team());
        model.addAttribute("team", team);
        model.addAttribute("facilitators", names(team.professionals()));
        Map<UUID, String> themes = new LinkedHashMap<>();
        meetings.themes().items().forEach(theme -> themes.put(theme.id(), theme.title()));
        model.addAttribute("themes", themes);
        model.addAttribute("plan", plan);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "staff/plan";
    }

    private String meetingPage(UUID id, String problem, Model model) {
        ResponseEntity<MeetingApi.Planned> found = meetings.meeting(id);
        MeetingApi.Planned planned = Objects.requireNonNull(found.getBody());
        model.addAttribute("planned", planned);
        model.addAttribute("etag", found.getHeaders().getETag());
        model.addAttribute("team", teams.team(planned.meeting().teamId()));
        model.addAttribute("theme", meetings.themes().items().stream()
                .filter(theme -> theme.id().equals(planned.meeting().themeId())).map(MeetingApi.Theme::title)
                .findFirst().orElse(""));
        model.addAttribute("facilitators", names(planned.meeting().details().facilitatorIds()).values());
        model.addAttribute("feedbackForm", "DRAFT".equals(planned.meeting().status()) ? Optional.empty()
                : knowledge.feedbackFormIfShown(id));
        model.addAttribute("problem", problem);
        return "staff/meeting";
    }

    private Map<UUID, String> names(List<UUID> people) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UUID person : people) {
            names.put(person, allowed(() -> teams.person(person).name(), "Fagperson"));
        }
        return names;
    }

    /** What the user may not read is simply not shown: the service decides, the page adapts. */
    private static <T> List<T> allowed(java.util.function.Supplier<List<T>> read) {
        return allowed(read, List.of());
    }

    private static <T> T allowed(java.util.function.Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (HttpClientErrorException.Forbidden e) {
            return otherwise;
        }
    }
}
