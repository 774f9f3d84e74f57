package no.lpp.moteplass.portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages of text: the privacy and accessibility statements, how to reach LPP, and how a partner embeds the listing. */
@Controller
class InfoPages {

    private final int retentionDays;
    private final String publicUrl;
    private final Contact contact;

    InfoPages(@Value("${moteplass.portal.retention-days}") int retentionDays,
            @Value("${moteplass.portal.public-url}") String publicUrl, Contact contact) {
        this.retentionDays = retentionDays;
        this.publicUrl = publicUrl;
        this.contact = contact;
    }

    @GetMapping("/personvern")
    String privacy(Model model) {
        model.addAttribute("retentionDays", retentionDays);
        model.addAttribute("contact", contact);
        return "privacy";
    }

    @GetMapping("/tilgjengelighet")
    String accessibility(Model model) {
        model.addAttribute("contact", contact);
        return "accessibility";
    }

    @GetMapping("/kontakt")
    String contact(Model model) {
        model.addAttribute("contact", contact);
        return "contact";
    }

    @GetMapping("/innebygging")
    String embedding(Model model) {
        model.addAttribute("publicUrl", publicUrl);
        return "embedding";
    }
}
