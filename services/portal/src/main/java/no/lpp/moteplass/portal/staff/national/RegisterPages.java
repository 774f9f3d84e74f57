package no.lpp.moteplass.portal.staff.national;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.portal.staff.MeetingApi;
import no.lpp.moteplass.portal.staff.TeamApi;
import no.lpp.moteplass.portal.web.ServiceClients;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * LPP's register as its administrators follow it: the organisations, and the agreements with those about to expire
 * first (an agreement that lapses takes the team's readiness with it). Coordinators see their own organisation's.
 */
@Controller
@RequestMapping("/min-side")
@ImportHttpServices(group = ServiceClients.PARTNERSHIP_SERVICE, types = PartnershipApi.class)
class RegisterPages {

    private final PartnershipApi register;
    private final TeamApi teams;
    private final MeetingApi meetings;

    RegisterPages(PartnershipApi register, TeamApi teams, MeetingApi meetings) {
        this.register = register;
        this.teams = teams;
        this.meetings = meetings;
    }

    @GetMapping("/organisasjoner")
    String register(Model model) {
        List<PartnershipApi.Organization> organizations = register.organizations().items();
        Map<UUID, String> names = new HashMap<>();
        organizations.forEach(organization -> names.put(organization.id(), organization.name()));
        List<PartnershipApi.Agreement> agreements = register.agreements().items().stream()
                .sorted(Comparator.comparing((PartnershipApi.Agreement a) -> !a.expiringSoon())
                        .thenComparing(PartnershipApi.Agreement::endsOn))
                .toList();
        model.addAttribute("organizations", organizations);
        model.addAttribute("agreements", agreements);
        model.addAttribute("expiring", agreements.stream().filter(PartnershipApi.Agreement::expiringSoon).toList());
        model.addAttribute("names", names);
        return "national/organizations";
    }

    /** The teams with their hosts and how many meetings they have this half-year against the concept's 2–3. */
    @GetMapping("/team")
    String teams(Model model) {
        List<TeamApi.Team> all = teams.teams().items();
        Map<UUID, MeetingApi.TeamCadence> cadence = new HashMap<>();
        meetings.cadence().forEach(team -> cadence.put(team.teamId(), team));
        Map<UUID, String> hosts = new HashMap<>();
        all.stream().flatMap(team -> team.hostOrganizationIds().stream()).distinct()
                .forEach(id -> hosts.put(id, teams.organization(id).name()));
        model.addAttribute("teams", all);
        model.addAttribute("cadence", cadence);
        model.addAttribute("hosts", hosts);
        model.addAttribute("halfYear", cadence.values().stream().map(MeetingApi.TeamCadence::halfYear).findFirst()
                .map(HalfYearBars::label).orElse("dette halvåret"));
        return "national/teams";
    }
}
