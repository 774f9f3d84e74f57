package no.lpp.moteplass.portal.meetings;

import no.lpp.moteplass.portal.web.PageNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Din påmelding": the page the link in the confirmation email opens. Whoever has the link may see the registration,
 * cancel it and erase the name and contact details; nothing else identifies them. The token stays in the path the
 * link already had: the gateway's referrer policy keeps it from other sites.
 */
@Controller
@RequestMapping("/pamelding/{token}")
class MyRegistrationPages {

    private final MeetingCatalogue catalogue;

    MyRegistrationPages(MeetingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    String registration(@PathVariable String token, Model model) {
        model.addAttribute("registration", catalogue.registration(token).orElseThrow(PageNotFound::new));
        model.addAttribute("token", token);
        return "my-registration";
    }

    /** Post/redirect/get: a reload does not cancel twice, and the page shows what is now true. */
    @PostMapping("/avmelding")
    String cancel(@PathVariable String token) {
        MeetingCatalogue.MyRegistration registration = catalogue.registration(token).orElseThrow(PageNotFound::new);
        if (!registration.cancelled()) {
            catalogue.cancel(token);
        }
        return "redirect:/pamelding/{token}?avmeldt";
    }

    @PostMapping("/sletting")
    String erase(@PathVariable String token) {
        catalogue.registration(token).orElseThrow(PageNotFound::new);
        catalogue.erase(token);
        return "redirect:/pamelding/{token}?slettet";
    }
}
