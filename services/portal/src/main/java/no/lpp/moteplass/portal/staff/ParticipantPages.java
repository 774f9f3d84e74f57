package no.lpp.moteplass.portal.staff;

import java.util.Objects;
import java.util.UUID;
import no.lpp.moteplass.portal.meetings.RegistrationChoices;
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
 * On the day: the participant list for the meeting's facilitators and coordinators, checking people in as they come,
 * and marking the meeting held with those who came without registering. The list is personal data: the meetings
 * service decides who may see it and logs every read, and these pages are never cached.
 */
@Controller
@RequestMapping("/min-side/moter/{id}/deltakere")
class ParticipantPages {

    private final StaffApi api;

    ParticipantPages(StaffApi api) {
        this.api = api;
    }

    @GetMapping
    String participants(@ModelAttribute("user") SignedIn user, @PathVariable UUID id, Model model) {
        return page(user, id, null, model);
    }

    @PostMapping("/{registration}/oppmote")
    String checkIn(@ModelAttribute("user") SignedIn user, @PathVariable UUID id, @PathVariable UUID registration,
            @RequestParam boolean present) {
        api.checkIn(user, id, registration, present);
        return "redirect:/min-side/moter/{id}/deltakere#p-" + registration;
    }

    @PostMapping("/holdt")
    String hold(@ModelAttribute("user") SignedIn user, @PathVariable UUID id, @RequestParam String etag,
            @RequestParam(defaultValue = "0") int walkInRelatives,
            @RequestParam(defaultValue = "0") int walkInProfessionals, Model model) {
        try {
            api.hold(user, id, etag, Math.max(0, walkInRelatives), Math.max(0, walkInProfessionals));
            return "redirect:/min-side/moter/{id}?holdt";
        } catch (HttpClientErrorException e) {
            if (!ApiProblem.isRefusal(e)) {
                throw e;
            }
            return page(user, id, ApiProblem.of(e).summary("Møtet kunne ikke markeres som holdt."),
                    model);
        }
    }

    private String page(SignedIn user, UUID id, String problem, Model model) {
        ResponseEntity<StaffApi.Planned> found = api.meeting(user, id);
        model.addAttribute("planned", Objects.requireNonNull(found.getBody()));
        model.addAttribute("etag", found.getHeaders().getETag());
        model.addAttribute("participants", api.participants(user, id));
        model.addAttribute("relations", RegistrationChoices.RELATIONS);
        model.addAttribute("sectors", RegistrationChoices.SECTORS);
        model.addAttribute("problem", problem);
        return "staff/participants";
    }
}
