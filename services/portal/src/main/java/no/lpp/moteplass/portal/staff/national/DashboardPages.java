package no.lpp.moteplass.portal.staff.national;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.lpp.moteplass.portal.meetings.RegistrationChoices;
import no.lpp.moteplass.portal.staff.SignedIn;
import no.lpp.moteplass.portal.staff.StaffApi;
import no.lpp.moteplass.portal.staff.SummaryForm;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national dashboard for LPP's administrators: the year's meetings against the agreements' target, who came,
 * which themes, and what became of the insights; and the annual report for Helsedirektoratet as a PDF.
 */
@Controller
@RequestMapping("/min-side/nasjonalt")
class DashboardPages {

    /** MØTEPLASS began in 2024: earlier years have nothing to show. */
    private static final int FIRST_YEAR = 2024;

    private final NationalApi api;

    DashboardPages(NationalApi api) {
        this.api = api;
    }

    @GetMapping
    String dashboard(@ModelAttribute("user") SignedIn user, @RequestParam(name = "ar", required = false) Integer year,
            Model model) {
        int thisYear = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        int shown = year == null || year < FIRST_YEAR || year > thisYear ? thisYear : year;
        NationalApi.Report report = api.nationalReport(user, shown);
        var participants = report.participants();
        model.addAttribute("report", report);
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("halfYears", HalfYearBars.of(report.meetingsPerHalfYear()));
        model.addAttribute("charts", List.of(
                Bars.of("Deltakere etter kategori", List.of(participants.relatives(), participants.professionals()),
                        Map.of("RELATIVE", "Pårørende", "PROFESSIONAL", "Fagfolk")),
                Bars.of("Pårørende etter relasjon", participants.relativesByRelation(), RegistrationChoices.RELATIONS),
                Bars.of("Fagfolk etter sektor", participants.professionalsBySector(), RegistrationChoices.SECTORS),
                Bars.of("Møter etter tema", report.themes(), Map.of()),
                Bars.of("Innsikt etter tjenesteområde", report.insightsByServiceArea(), SummaryForm.SERVICE_AREAS),
                Bars.of("Oppfølging av innsikten", report.followUpOutcomes(), StaffApi.FOLLOW_UP_STATUSES)));
        return "national/dashboard";
    }

    @GetMapping("/arsrapport-{year}.pdf")
    ResponseEntity<byte[]> annualReport(@ModelAttribute("user") SignedIn user, @PathVariable int year) {
        ResponseEntity<byte[]> pdf = api.annualReport(user, year);
        return ResponseEntity.ok().headers(headers -> {
            headers.setContentType(pdf.getHeaders().getContentType());
            headers.setContentDisposition(pdf.getHeaders().getContentDisposition());
        }).body(pdf.getBody());
    }
}
