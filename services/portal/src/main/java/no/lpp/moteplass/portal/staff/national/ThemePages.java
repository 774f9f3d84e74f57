package no.lpp.moteplass.portal.staff.national;

import no.lpp.moteplass.portal.web.FormFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.portal.staff.SignedIn;
import no.lpp.moteplass.portal.staff.MeetingApi;
import no.lpp.moteplass.portal.web.ApiProblem;
import no.lpp.moteplass.portal.web.FormValues;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.HttpClientErrorException;

/** LPP's national theme catalogue: every meeting has one of these themes; administrators add and reword them. */
@Controller
@RequestMapping("/min-side/temaer")
class ThemePages {

    private final MeetingApi meetings;

    ThemePages(MeetingApi meetings) {
        this.meetings = meetings;
    }

    /** A theme as the form has it. */
    public record ThemeForm(String title, String description, String guidance) {

        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            FormValues.putText(body, "title", title);
            FormValues.putText(body, "description", description);
            FormValues.putText(body, "guidance", guidance);
            return body;
        }
    }

    @GetMapping
    String catalogue(Model model) {
        model.addAttribute("themes", meetings.themes().items());
        return "national/themes";
    }

    @GetMapping("/nytt")
    String newTheme(@ModelAttribute("user") SignedIn user, Model model) {
        user.mayUse(user.administers());
        return form(null, new ThemeForm(null, null, null), Map.of(), null, model);
    }

    @GetMapping("/{id}")
    String theme(@ModelAttribute("user") SignedIn user, @PathVariable UUID id, Model model) {
        user.mayUse(user.administers());
        MeetingApi.Theme theme = meetings.themes().items().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new HttpClientErrorException(HttpStatus.NOT_FOUND));
        return form(id, new ThemeForm(theme.title(), theme.description(), theme.guidance()), Map.of(), null, model);
    }

    @PostMapping
    String add(@ModelAttribute ThemeForm theme, Model model) {
        return save(null, theme, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable UUID id, @ModelAttribute ThemeForm theme, Model model) {
        return save(id, theme, model);
    }

    /** Adds a theme (id null) or changes one. */
    private String save(UUID id, ThemeForm theme, Model model) {
        try {
            if (id == null) {
                meetings.addTheme(theme.toRequest());
            } else {
                meetings.changeTheme(id, theme.toRequest());
            }
            return "redirect:/min-side/temaer?lagret";
        } catch (HttpClientErrorException e) {
            if (!ApiProblem.isRefusal(e)) {
                throw e;
            }
            ApiProblem problem = ApiProblem.of(e, FIELDS);
            return form(id, theme, problem.fields(), problem.summary("Noe i skjemaet må rettes."), model);
        }
    }

    /** The form as national/theme.html shows it. */
    private static final FormFields FIELDS = FormFields.form()
            .text("title", "tittel").text("description", "beskrivelse").text("guidance", "veiledning for fasilitatorene");

    private String form(UUID id, ThemeForm theme, Map<String, String> errors, String problem, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("theme", theme);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "national/theme";
    }
}
