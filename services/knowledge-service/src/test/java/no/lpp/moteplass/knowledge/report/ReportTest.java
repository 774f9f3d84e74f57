package no.lpp.moteplass.knowledge.report;

import static no.lpp.moteplass.knowledge.KnowledgeFixture.HF;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.KOMMUNE;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.summary;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.knowledge.KnowledgeFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Reports match the database, suppress small groups, and come as JSON, CSV and a PDF that opens. Its own context (so
 * its own database): the figures are exact only if no other test's meetings are in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "moteplass.reports.minimum-group-size=5")
@RealInfrastructure
class ReportTest extends ServiceTest {

    /** A theme's title as a user may write it: Norwegian and Sámi letters, a dash, quotes and markup. */
    static final String SAMI_THEME = "Sørlandet – Čáhcesuolu ŋ š č đ ŧ ž «<råd> & ÆØÅ»";

    int year;
    String half;

    @BeforeEach
    void setUp() {
        KnowledgeFixture fixture = new KnowledgeFixture(jdbc, kafka);
        fixture.partners();
        if (jdbc.sql("select count(*) from known_meeting").query(Long.class).single() == 0) {
            KnowledgeFixture.Team hf = fixture.team(HF);
            UUID meeting = fixture.heldMeeting(hf, 1, List.of(new MeetingState.Attendance("RELATIVE", "PARENT", 12),
                    new MeetingState.Attendance("RELATIVE", "SIBLING", 3),
                    new MeetingState.Attendance("PROFESSIONAL", "NAV", 2),
                    new MeetingState.Attendance("PROFESSIONAL", "SPECIALIST_MENTAL_HEALTH_AND_SUBSTANCE_USE", 6)));
            fixture.heldMeeting(fixture.team(KOMMUNE), 2, List.of(new MeetingState.Attendance("RELATIVE", "PARENT",
                    8)), SAMI_THEME);
            KnowledgeFixture.writeApproveAndPublish(api, meeting, summary("DPS bør invitere pårørende tidlig.", HF,
                    KOMMUNE));
        }
        var day = Instant.now().minusSeconds(86_400).atZone(Norway.ZONE).toLocalDate();
        year = day.getYear();
        half = year + "-H" + (day.getMonthValue() <= 6 ? 1 : 2);
    }

    @Test
    void theNationalReportMatchesTheDatabaseAndSuppressesSmallGroups() {
        JsonNode report = api.get("/api/knowledge/reports?year=" + year, token("demo-lpp-admin")).json();

        long held = jdbc.sql("select count(*) from known_meeting where status = 'HELD'").query(Long.class).single();
        assertThat(report.get("meetingsPerHalfYear").valueStream().mapToInt(h -> h.get("held").asInt()).sum())
                .isEqualTo((int) held);
        assertThat(halfYear(report).get("target").asInt()).as("2 + 3 per half-year from the two agreements")
                .isEqualTo(5);
        assertThat(report.get("teams").asInt()).isEqualTo(2);
        assertThat(report.get("partners").asInt()).as("LPP itself is not counted").isEqualTo(2);
        JsonNode participants = report.get("participants");
        assertThat(participants.get("relatives").get("count").asInt()).isEqualTo(relativesInDatabase());
        assertThat(cell(participants.get("relativesByRelation"), "SIBLING").get("suppressed").asBoolean()).isTrue();
        assertThat(cell(participants.get("relativesByRelation"), "SIBLING").has("count")).isFalse();
        assertThat(cell(participants.get("relativesByRelation"), "PARENT").get("suppressed").asBoolean())
                .as("20 of 23 shown would give the 3 away").isTrue();
        assertThat(cell(participants.get("professionalsBySector"), "NAV").get("suppressed").asBoolean()).isTrue();
        assertThat(report.get("feedback").get("responses").get("count").asInt()).isZero();
        assertThat(cell(report.get("insightsByServiceArea"), "DPS").get("count").asInt()).isEqualTo(1);
        assertThat(cell(report.get("followUpOutcomes"), "RECEIVED").get("count").asInt()).isEqualTo(2);
    }

    /** Every report a caller can ask for, in JSON and CSV: no hidden count follows from its total and the shown ones. */
    @Test
    void noHiddenCountCanBeWorkedOutFromAnyReport() {
        String admin = token("demo-lpp-admin");
        for (String scope : List.of("", "&level=REGION&region=VEST", "&level=ORGANIZATION&organizationId=" + HF,
                "&level=ORGANIZATION&organizationId=" + KOMMUNE)) {
            JsonNode participants = api.get("/api/knowledge/reports?year=" + year + scope, admin).json()
                    .get("participants");
            for (String[] table : new String[][] {{"relatives", "relativesByRelation"},
                    {"professionals", "professionalsBySector"}}) {
                Report.Count total = count(participants.get(table[0]));
                List<Report.Count> cells = participants.get(table[1]).valueStream().map(ReportTest::count).toList();
                assertThat(Derivation.givenAway(total, cells)).as(scope + " " + table[1]).isEmpty();
            }
        }
        String csv = withToken("/api/knowledge/reports/csv?year=" + year, "demo-lpp-admin").body();
        assertThat(Derivation.givenAway(csvCount(csv, "deltakere", "RELATIVE"),
                csvCells(csv, "parorende_etter_relasjon"))).isEmpty();
        assertThat(Derivation.givenAway(csvCount(csv, "deltakere", "PROFESSIONAL"),
                csvCells(csv, "fagfolk_etter_sektor"))).isEmpty();
    }

    @Test
    void anOrganisationsReportCoversItsTeamsAndWhatWasAddressedToIt() {
        JsonNode report = api.get("/api/knowledge/reports?level=ORGANIZATION&organizationId=" + KOMMUNE + "&year="
                + year, token("demo-coordinator-kommune")).json();

        assertThat(report.get("name").asString()).isEqualTo("Demo kommune");
        assertThat(report.get("teams").asInt()).isEqualTo(1);
        assertThat(report.get("participants").get("relatives").get("count").asInt()).isEqualTo(8);
        assertThat(halfYear(report).get("target").asInt()).isEqualTo(3);
        assertThat(cell(report.get("followUpOutcomes"), "RECEIVED").get("count").asInt())
                .as("the insight from the HF meeting was addressed to the municipality too").isEqualTo(1);
    }

    @Test
    void theCsvExportSuppressesTheSameCells() {
        Api.Response csv = api.getAccepting("/api/knowledge/reports/csv?year=" + year, "text/csv");
        Api.Response withToken = withToken("/api/knowledge/reports/csv?year=" + year, "demo-lpp-admin");

        assertThat(csv.status()).isEqualTo(401);
        assertThat(withToken.body()).startsWith("\uFEFFseksjon,nokkel,verdi")
                .contains("deltakere,RELATIVE,23", "parorende_etter_relasjon,PARENT,skjult",
                        "parorende_etter_relasjon,SIBLING,skjult", "fagfolk_etter_sektor,NAV,skjult",
                        "moter_mal," + half + ",5");
    }

    @Test
    void theAnnualReportIsATaggedPdfWithTheJsonReportsFigures() throws Exception {
        byte[] pdf = bytes("/api/knowledge/reports/annual/" + year + ".pdf", "demo-lpp-admin");
        JsonNode report = api.get("/api/knowledge/reports?year=" + year, token("demo-lpp-admin")).json();

        long held = jdbc.sql("select count(*) from known_meeting where status = 'HELD'").query(Long.class).single();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Årsrapport Pårørende MØTEPLASS " + year);
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(text).contains(AnnualReportHtml.halfYear(half) + " " + held + " 5",
                    "Pårørende i alt " + relativesInDatabase(), "forelder skjult", "søsken skjult", "NAV skjult",
                    "Team som holdt møter 2", "mottatt 2", SAMI_THEME + " 1", "Barn som pårørende 1");
            assertThat(text).contains(figures(report));
        }
        assertThat(withToken("/api/knowledge/reports/annual/" + year + ".pdf", "demo-coordinator-hf").status())
                .isEqualTo(403);
    }

    /** Every figure of the JSON report as a row of the PDF's tables reads: its label, then its value. */
    private static List<String> figures(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.get("meetingsPerHalfYear").valueStream().forEach(h -> rows.add(AnnualReportHtml.halfYear(
                h.get("halfYear").asString()) + " " + h.get("held").asInt() + " " + h.get("target").asInt()));
        rows.add("Team som holdt møter " + report.get("teams").asInt());
        rows.add("Partnere med samarbeidsavtale " + report.get("partners").asInt());
        JsonNode participants = report.get("participants");
        rows.add("Pårørende i alt " + AnnualReportHtml.value(count(participants.get("relatives"))));
        rows.add("Fagfolk i alt " + AnnualReportHtml.value(count(participants.get("professionals"))));
        rows.add("Svar " + AnnualReportHtml.value(count(report.get("feedback").get("responses"))));
        for (String table : List.of("relativesByRelation", "professionalsBySector")) {
            participants.get(table).valueStream().map(ReportTest::count)
                    .forEach(c -> rows.add(Labels.of(c.key()) + " " + AnnualReportHtml.value(c)));
        }
        report.get("themes").valueStream().map(ReportTest::count)
                .forEach(c -> rows.add(c.key() + " " + AnnualReportHtml.value(c)));
        for (JsonNode counts : List.of(report.get("insightsByServiceArea"), report.get("followUpOutcomes"))) {
            counts.valueStream().map(ReportTest::count)
                    .forEach(c -> rows.add(Labels.of(c.key()) + " " + AnnualReportHtml.value(c)));
        }
        return rows;
    }

    @Test
    void aYearOutsideTheCenturyIsABadRequestNamingTheYear() {
        for (String year : List.of("2147483647", "-1", "0", "1999", "2100")) {
            Api.Response refused = api.get("/api/knowledge/reports?year=" + year, token("demo-lpp-admin"));
            Api.Response pdf = api.get("/api/knowledge/reports/annual/" + year + ".pdf", token("demo-lpp-admin"));

            for (Api.Response response : List.of(refused, pdf)) {
                assertThat(response.status()).as(year).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
            }
        }
    }

    @Test
    void coordinatorsSeeTheirOwnOrganisationsReportsOnly() {
        String coordinator = token("demo-coordinator-hf");

        assertThat(api.get("/api/knowledge/reports?level=ORGANIZATION&organizationId=" + HF, coordinator).status())
                .isEqualTo(200);
        assertThat(api.get("/api/knowledge/reports?level=ORGANIZATION&organizationId=" + KOMMUNE, coordinator)
                .status()).isEqualTo(403);
        assertThat(api.get("/api/knowledge/reports", coordinator).status()).isEqualTo(403);
        assertThat(api.get("/api/knowledge/reports?level=REGION&region=VEST", coordinator).status()).isEqualTo(403);
        assertThat(api.get("/api/knowledge/reports?level=REGION", token("demo-lpp-admin")).status()).isEqualTo(422);
        assertThat(api.get("/api/knowledge/reports?level=REGION&region=VEST", token("demo-lpp-admin")).json()
                .get("participants").get("relatives").get("count").asInt()).isEqualTo(15);
    }

    private int relativesInDatabase() {
        return jdbc.sql("""
                select sum((e ->> 'count')::int) from known_meeting m, jsonb_array_elements(m.attendance) e
                where m.status = 'HELD' and e ->> 'category' = 'RELATIVE'""").query(Integer.class).single();
    }

    private JsonNode halfYear(JsonNode report) {
        return report.get("meetingsPerHalfYear").valueStream().filter(h -> half.equals(h.get("halfYear").asString()))
                .findFirst().orElseThrow();
    }

    private static JsonNode cell(JsonNode counts, String key) {
        return counts.valueStream().filter(c -> key.equals(c.get("key").asString())).findFirst().orElseThrow();
    }

    private static Report.Count count(JsonNode cell) {
        return new Report.Count(cell.get("key").asString(), cell.has("count") ? cell.get("count").asInt() : null,
                cell.get("suppressed").asBoolean());
    }

    private static Report.Count csvCount(String csv, String section, String key) {
        return csvCells(csv, section).stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<Report.Count> csvCells(String csv, String section) {
        return csv.lines().map(line -> line.split(",")).filter(row -> row[0].equals(section))
                .map(row -> row[2].equals("skjult") ? new Report.Count(row[1], null, true)
                        : new Report.Count(row[1], Integer.parseInt(row[2]), false))
                .toList();
    }

    private Api.Response withToken(String path, String who) {
        return api.get(path, token(who));
    }

    private byte[] bytes(String path, String who) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).header("Authorization", "Bearer " + token(who)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
            return response.body();
        }
    }
}
