package no.lpp.moteplass.portal.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import no.lpp.moteplass.portal.web.ApiProblem;
import no.lpp.moteplass.portal.web.PageNotFound;
import no.lpp.moteplass.portal.web.ServiceClients;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * "Hvordan var møtet?": the anonymous feedback form behind the link and QR code a meeting ends with. Each visit opens
 * a one-time session in the knowledge service, so one form answers once.
 */
@Controller
@ImportHttpServices(group = ServiceClients.KNOWLEDGE_SERVICE, types = FeedbackApi.class)
class FeedbackPages {

    private final FeedbackApi forms;

    FeedbackPages(FeedbackApi forms) {
        this.forms = forms;
    }

    /** The form's meeting ("Pårørende MØTEPLASS: Barn som pårørende, 3. desember 2026") and its one-time session. */
    record Form(String meeting, String session) {
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", FeedbackAnswers.CATEGORIES);
        model.addAttribute("scale", FeedbackAnswers.SCALE);
        model.addAttribute("yesNo", FeedbackAnswers.YES_NO);
    }

    @GetMapping("/tilbakemelding/{token}")
    String form(@PathVariable String token, Model model) {
        Form form = open(token);
        return page(token, form.meeting(), FeedbackAnswers.empty(form.session()), Map.of(), null, model);
    }

    @PostMapping("/tilbakemelding/{token}")
    String answer(@PathVariable String token, @ModelAttribute FeedbackAnswers answers,
            @RequestParam(defaultValue = "Pårørende MØTEPLASS") String meeting, Model model) {
        try {
            forms.answer(token, answers.toRequest());
            return "feedback-thanks";
        } catch (HttpClientErrorException.NotFound e) {
            throw new PageNotFound();
        } catch (HttpClientErrorException.Conflict e) {
            model.addAttribute("alreadyAnswered", true);
            return "feedback-thanks";
        } catch (HttpClientErrorException e) {
            if (!ApiProblem.isRefusal(e)) {
                throw e;
            }
            Map<String, String> refused = ApiProblem.of(e).fields();
            Map<String, String> errors = new LinkedHashMap<>();
            FeedbackAnswers.UNANSWERED.forEach((field, message) -> {
                if (refused.containsKey(field)) {
                    errors.put(field, message);
                }
            });
            refused.forEach(errors::putIfAbsent);
            // The same session again: it is used up only by an answer that is kept.
            return page(token, meeting, answers, errors, "Noen spørsmål mangler svar.", model);
        }
    }

    private Form open(String token) {
        try {
            return forms.open(token);
        } catch (HttpClientErrorException.NotFound e) {
            throw new PageNotFound();
        }
    }

    private static String page(String token, String meeting, FeedbackAnswers answers, Map<String, String> errors,
            String problem, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("meeting", meeting);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "feedback";
    }
}
