package no.lpp.moteplass.portal.staff.national;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.portal.meetings.RegistrationChoices;
import no.lpp.moteplass.portal.staff.KnowledgeApi;
import no.lpp.moteplass.portal.staff.SummaryForm;
import no.lpp.moteplass.portal.web.ServiceClients;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The national dashboard for LPP's administrators: the year's meetings against the agreements' target, who came,
 * which themes, and what became of the insights; and the annual report for Helsedirektoratet as a PDF.
 */
@Controller
@RequestMapping("/min-side/nasjonalt")
@ImportHttpServices(group = ServiceClients.KNOWLEDGE_SERVICE, types = ReportApi.class)
class DashboardPages {

    /** MØTEPLASS began in 2024: earlier years have nothing to show. */
    private static final int FIRST_YEAR = 2024;

    private final ReportApi reports;

    DashboardPages(ReportApi reports) {
        this.reports = reports;
    }

    @GetMapping
    String dashboard(@RequestParam(name = "ar", required = false) Integer year, Model model) {
        int thisYear = LocalDate.now(Norway.ZONE).getYear();
        int shown = year == null || year < FIRST_YEAR || year > thisYear ? thisYear : year;
        ReportApi.Report report = reports.national(shown);
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
                Bars.of("Oppfølging av innsikten", report.followUpOutcomes(), KnowledgeApi.FOLLOW_UP_STATUSES)));
        return "national/dashboard";
    }

    @GetMapping("/arsrapport-{year}.pdf")
    ResponseEntity<byte[]> annualReport(@PathVariable int year) {
        ResponseEntity<byte[]> pdf = reports.annual(year);
        return ResponseEntity.ok().headers(headers -> {
            headers.setContentType(pdf.getHeaders().getContentType());
            headers.setContentDisposition(pdf.getHeaders().getContentDisposition());
        }).body(pdf.getBody());
    }
}
