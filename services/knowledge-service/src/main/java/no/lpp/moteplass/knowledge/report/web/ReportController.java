package no.lpp.moteplass.knowledge.report.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.knowledge.access.KnowledgeAccess;
import no.lpp.moteplass.knowledge.report.AnnualReportPdf;
import no.lpp.moteplass.knowledge.report.Report;
import no.lpp.moteplass.knowledge.report.ReportCsv;
import no.lpp.moteplass.knowledge.report.ReportScope;
import no.lpp.moteplass.knowledge.report.ReportDesk;
import no.lpp.moteplass.support.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports: national and regional for LPP administrators, an organisation's or a team's also for the coordinators of
 * that organisation. The annual report for Helsedirektoratet is national, for LPP administrators.
 */
@RestController
@RequestMapping("/api/knowledge/reports")
class ReportController {

    private final ReportDesk reports;
    private final KnowledgeAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportController(ReportDesk reports, KnowledgeAccess access, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping
    Report report(@RequestParam(defaultValue = "NATIONAL") ReportScope.Level level,
            @RequestParam(required = false) String region, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) @Min(2000) @Max(2099) Integer year) {
        ReportScope scope = new ReportScope(level, region, organizationId, teamId);
        requireMayRead(Caller.current(), scope);
        return reports.of(scope, year == null ? thisYear() : year);
    }

    @GetMapping(value = "/csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "NATIONAL") ReportScope.Level level,
            @RequestParam(required = false) String region, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) @Min(2000) @Max(2099) Integer year) {
        Report report = report(level, region, organizationId, teamId, year);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("moteplass-rapport-" + report.year() + ".csv").build().toString())
                .body(ReportCsv.of(report));
    }

    @GetMapping(value = "/annual/{year}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> annual(@PathVariable @Min(2000) @Max(2099) int year) {
        if (!access.isAdmin(Caller.current())) {
            throw new AccessDeniedException("Only LPP administrators download the annual report");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("moteplass-arsrapport-" + year + ".pdf").build().toString())
                .body(AnnualReportPdf.of(reports.of(ReportScope.national(), year)));
    }

    private void requireMayRead(Caller caller, ReportScope scope) {
        if (access.isAdmin(caller)) {
            return;
        }
        var coordinated = access.coordinates(caller);
        boolean allowed = switch (scope.level()) {
            case NATIONAL, REGION -> false;
            case ORGANIZATION -> coordinated.contains(scope.organizationId());
            case TEAM -> jdbc.sql("select host_organization_ids && ? from known_team where id = ?")
                    .params(coordinated.toArray(UUID[]::new), scope.teamId()).query(Boolean.class).optional()
                    .orElse(false);
        };
        if (!allowed) {
            throw new AccessDeniedException("The caller may not read a " + scope.level() + " report for this scope");
        }
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(Norway.ZONE)).getYear();
    }
}
