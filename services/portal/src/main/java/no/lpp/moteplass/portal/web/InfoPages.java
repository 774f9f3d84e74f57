package no.lpp.moteplass.portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages of text: the privacy statement, and how a partner embeds the listing. */
@Controller
class InfoPages {

    private final int retentionDays;
    private final String publicUrl;

    InfoPages(@Value("${moteplass.portal.retention-days}") int retentionDays,
            @Value("${moteplass.portal.public-url}") String publicUrl) {
        this.retentionDays = retentionDays;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/personvern")
    String privacy(Model model) {
        model.addAttribute("retentionDays", retentionDays);
        return "privacy";
    }

    @GetMapping("/innebygging")
    String embedding(Model model) {
        model.addAttribute("publicUrl", publicUrl);
        return "embedding";
    }
}
