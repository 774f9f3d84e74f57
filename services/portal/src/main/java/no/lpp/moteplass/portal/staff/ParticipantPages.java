package no.lpp.moteplass.portal.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.lpp.moteplass.portal.meetings.RegistrationChoices;
import no.lpp.moteplass.portal.web.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    private final MeetingApi meetings;

    ParticipantPages(MeetingApi meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    String participants(@PathVariable UUID id, Model model) {
        return page(id, null, model);
    }

    @PostMapping("/{registration}/oppmote")
    String checkIn(@PathVariable UUID id, @PathVariable UUID registration, @RequestParam boolean present) {
        if (present) {
            meetings.checkIn(id, registration);
        } else {
            meetings.undoCheckIn(id, registration);
        }
        return "redirect:/min-side/moter/{id}/deltakere#p-" + registration;
    }

    @PostMapping("/holdt")
    String hold(@PathVariable UUID id, @RequestParam String etag,
            @RequestParam(defaultValue = "0") int walkInRelatives,
            @RequestParam(defaultValue = "0") int walkInProfessionals, Model model) {
        try {
            meetings.hold(id, etag, walkIns(Math.max(0, walkInRelatives), Math.max(0, walkInProfessionals)));
            return "redirect:/min-side/moter/{id}?holdt";
        } catch (HttpClientErrorException e) {
            if (!ApiProblem.isRefusal(e)) {
                throw e;
            }
            return page(id, ApiProblem.of(e).summary("Møtet kunne ikke markeres som holdt."), model);
        }
    }

    /** Those who came without registering, counted by category, not named. */
    static Map<String, Object> walkIns(int relatives, int professionals) {
        List<Map<String, Object>> walkIns = new ArrayList<>();
        if (relatives > 0) {
            walkIns.add(Map.of("category", "RELATIVE", "group", "OTHER", "count", relatives));
        }
        if (professionals > 0) {
            walkIns.add(Map.of("category", "PROFESSIONAL", "group", "OTHER", "count", professionals));
        }
        return Map.of("walkIns", walkIns);
    }

    private String page(UUID id, String problem, Model model) {
        ResponseEntity<MeetingApi.Planned> found = meetings.meeting(id);
        model.addAttribute("planned", Objects.requireNonNull(found.getBody()));
        model.addAttribute("etag", found.getHeaders().getETag());
        model.addAttribute("participants", meetings.participants(id).items());
        model.addAttribute("relations", RegistrationChoices.RELATIONS);
        model.addAttribute("sectors", RegistrationChoices.SECTORS);
        model.addAttribute("problem", problem);
        return "staff/participants";
    }
}
