package no.lpp.moteplass.portal.staff.national;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.portal.staff.SignedIn;
import no.lpp.moteplass.portal.staff.StaffApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * LPP's register as its administrators follow it: the organisations, and the agreements with those about to expire
 * first (an agreement that lapses takes the team's readiness with it). Coordinators see their own organisation's.
 */
@Controller
@RequestMapping("/min-side")
class RegisterPages {

    private final NationalApi api;
    private final StaffApi staff;

    RegisterPages(NationalApi api, StaffApi staff) {
        this.api = api;
        this.staff = staff;
    }

    @GetMapping("/organisasjoner")
    String register(@ModelAttribute("user") SignedIn user, Model model) {
        List<NationalApi.Organization> organizations = api.organizations(user);
        Map<UUID, String> names = new HashMap<>();
        organizations.forEach(organization -> names.put(organization.id(), organization.name()));
        List<NationalApi.Agreement> agreements = api.agreements(user).stream()
                .sorted(Comparator.comparing((NationalApi.Agreement a) -> !a.expiringSoon())
                        .thenComparing(NationalApi.Agreement::endsOn))
                .toList();
        model.addAttribute("organizations", organizations);
        model.addAttribute("agreements", agreements);
        model.addAttribute("expiring", agreements.stream().filter(NationalApi.Agreement::expiringSoon).toList());
        model.addAttribute("names", names);
        return "national/organizations";
    }

    /** The teams with their hosts and how many meetings they have this half-year against the concept's 2–3. */
    @GetMapping("/team")
    String teams(@ModelAttribute("user") SignedIn user, Model model) {
        List<StaffApi.Team> teams = staff.teams(user);
        Map<UUID, NationalApi.TeamCadence> cadence = new HashMap<>();
        api.cadence(user).forEach(team -> cadence.put(team.teamId(), team));
        Map<UUID, String> hosts = new HashMap<>();
        teams.stream().flatMap(team -> team.hostOrganizationIds().stream()).distinct()
                .forEach(id -> hosts.put(id, staff.organization(user, id).name()));
        model.addAttribute("teams", teams);
        model.addAttribute("cadence", cadence);
        model.addAttribute("hosts", hosts);
        model.addAttribute("halfYear", cadence.values().stream().map(NationalApi.TeamCadence::halfYear).findFirst()
                .map(HalfYearBars::label).orElse("dette halvåret"));
        return "national/teams";
    }
}
