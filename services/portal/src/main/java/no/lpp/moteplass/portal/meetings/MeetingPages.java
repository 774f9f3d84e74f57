package no.lpp.moteplass.portal.meetings;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import no.lpp.moteplass.portal.web.NorwegianTime;
import no.lpp.moteplass.portal.web.PageNotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages a relative or professional uses to find a meeting and sign up, without an account. */
@Controller
class MeetingPages {

    private final MeetingCatalogue catalogue;
    private final int retentionDays;
    private final NorwegianTime time;

    MeetingPages(MeetingCatalogue catalogue, @Value("${moteplass.portal.retention-days}") int retentionDays,
            NorwegianTime time) {
        this.catalogue = catalogue;
        this.retentionDays = retentionDays;
        this.time = time;
    }

    @ModelAttribute("retentionDays")
    int retentionDays() {
        return retentionDays;
    }

    @ModelAttribute("relations")
    Map<String, String> relations() {
        return RegistrationChoices.RELATIONS;
    }

    @ModelAttribute("sectors")
    Map<String, String> sectors() {
        return RegistrationChoices.SECTORS;
    }

    /** The front page: upcoming meetings, filtered by region, organiser and theme (GET, so a filter is a link). */
    @GetMapping("/")
    String upcoming(@RequestParam(required = false) String region, @RequestParam(required = false) String organisasjon,
            @RequestParam(required = false) String tema, @RequestParam(required = false) String side, Model model) {
        var filter = new MeetingCatalogue.Filter(region(region), uuid(organisasjon), uuid(tema));
        List<Meeting> all = catalogue.upcoming(MeetingCatalogue.Filter.NONE);
        List<Meeting> matching = filter.equals(MeetingCatalogue.Filter.NONE) ? all : catalogue.upcoming(filter);
        model.addAttribute("page", MeetingsPage.of(matching, side, time));
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !filter.equals(MeetingCatalogue.Filter.NONE));
        model.addAttribute("regions", Region.values());
        // Only organisers and themes that have upcoming meetings are offered: no choice leads to an empty list.
        model.addAttribute("organizations", options(all.stream().flatMap(m -> m.hosts().stream()).toList(),
                Meeting.Host::id, Meeting.Host::name));
        model.addAttribute("themes", options(all, Meeting::themeId, Meeting::theme));
        return "meetings";
    }

    @GetMapping("/moter/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        model.addAttribute("meeting", catalogue.meeting(id).orElseThrow(PageNotFound::new));
        return "meeting";
    }

    @GetMapping("/moter/{id}/pamelding")
    String registrationForm(@PathVariable UUID id, Model model) {
        model.addAttribute("meeting", catalogue.meeting(id).orElseThrow(PageNotFound::new));
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("errors", Map.of());
        return "registration";
    }

    /**
     * Registers and shows the confirmation right away (not after a redirect: the manage link must not end up in a URL
     * that browsers and proxies log). A refused form comes back with every answer kept and each problem named.
     */
    @PostMapping("/moter/{id}/pamelding")
    String register(@PathVariable UUID id, @ModelAttribute RegistrationForm form, Model model) {
        try {
            MeetingCatalogue.Registered registered = catalogue.register(id, form);
            model.addAttribute("registered", registered);
            model.addAttribute("meeting", registered.meeting());
            return "registered";
        } catch (RegistrationRefused refused) {
            model.addAttribute("meeting", catalogue.meeting(id).orElseThrow(PageNotFound::new));
            model.addAttribute("form", form);
            model.addAttribute("errors", refused.fieldErrors());
            model.addAttribute("problem", refused.getMessage());
            return "registration";
        }
    }

    /** A compact listing for a partner's intranet to show in an iframe; framing is allowed only from partner sites. */
    @GetMapping("/innebygd/moter")
    String embedded(@RequestParam(required = false) String organisasjon, @RequestParam(required = false) String region,
            Model model) {
        var filter = new MeetingCatalogue.Filter(region(region), uuid(organisasjon), null);
        model.addAttribute("meetings", catalogue.upcoming(filter).stream().filter(m -> !m.cancelled()).limit(10)
                .toList());
        return "embedded";
    }


    /** Distinct options sorted by label, from the meetings that exist. */
    private static <T> Map<UUID, String> options(List<T> items, Function<T, UUID> id, Function<T, String> label) {
        Map<UUID, String> options = new LinkedHashMap<>();
        items.stream().filter(item -> id.apply(item) != null)
                .sorted(Comparator.comparing(label, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(item -> options.putIfAbsent(id.apply(item), Objects.requireNonNullElse(label.apply(item), "")));
        return options;
    }

    /** A hand-edited or stale filter link is ignored rather than answered with an error page. */
    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Region region(String value) {
        try {
            return value == null || value.isBlank() ? null : Region.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
