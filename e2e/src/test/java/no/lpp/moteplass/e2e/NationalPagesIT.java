package no.lpp.moteplass.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LPP's national pages in real Chromium, on the world JourneyIT built: the administrator sees the agreement about to
 * expire highlighted, the teams and training, adds a theme (after the form has named what was missing), reads the
 * national dashboard and downloads the annual report; a trainer schedules a course. Every page passes axe-core.
 */
@ExtendWith(RunningPlatform.class)
@Order(3)
class NationalPagesIT {

    static Chromium chromium;
    final String gateway = RunningPlatform.gateway();
    final Api api = new Api(gateway);

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void theJourneyBuiltTheWorld() {
        Assumptions.assumeTrue(JourneyIT.WORLD.containsKey("heldMeeting"), "JourneyIT held a meeting");
    }

    @Test
    void anAdministratorFollowsTheRegisterAddsAThemeReadsTheDashboardAndDownloadsTheAnnualReport() throws Exception {
        String expiring = anAgreementEndingIn30Days();
        Page page = chromium.page();
        page.navigate(gateway + "/min-side");
        Chromium.logIn(page, "demo-lpp-admin", "demo");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisasjoner og avtaler")).click();
        assertThat(page.locator("#utloper")).containsText(expiring);
        Locator row = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(expiring));
        assertThat(row).containsText("Utløper snart");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("MØTEPLASS Demo HF"))
                .filter(new Locator.FilterOptions().setHasNotText("prøveperiode"))).not().containsText("Utløper snart");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Organisasjonene i registeret"))
                .getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Demo Helseforetak HF")))
                .containsText("Helse Vest");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "30-organisasjoner-og-avtaler");

        page.navigate(gateway + "/min-side/team");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("MØTEPLASS Bergen")))
                .containsText("Demo Helseforetak HF");
        Chromium.assertAccessible(page);

        page.navigate(gateway + "/min-side/opplaering");
        assertThat(page.locator("main")).containsText("Fasilitatoropplæring");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Demo Kursholder"))
                .first()).containsText("Gjennomført");
        Chromium.assertAccessible(page);

        // The theme catalogue: a theme without its description and guidance is refused, each field named.
        page.navigate(gateway + "/min-side/temaer");
        Chromium.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Legg til et tema")).click();
        page.getByLabel("Tittel").fill("Når krisen kommer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre temaet")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(page.locator("#description")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Tittel")).hasValue("Når krisen kommer");
        Chromium.assertAccessible(page);
        page.getByLabel("Beskrivelse").fill("Hva pårørende kan gjøre når det blir akutt, og hvem de kan ringe.");
        page.getByLabel("Veiledning for fasilitatorene").fill("Ha kontaktinformasjon til akuttjenestene klar.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre temaet")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Temaet er lagret");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Når krisen kommer")))
                .isVisible();
        Chromium.screenshot(page, "31-temaer");

        // The dashboard for the year of the meetings JourneyIT held today, and that year's annual report.
        int year = LocalDate.now(Norway.ZONE).getYear();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nasjonal oversikt")).first().click();
        page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(year));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis året")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Nasjonal oversikt " + year);
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Møter etter tema"))
                .getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Barn som pårørende"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Pårørende etter relasjon")))
                .containsText("Mor eller far");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "32-nasjonal-oversikt");
        Download report = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Last ned årsrapporten for " + year + " (PDF)")).click());
        assertThat(report.suggestedFilename()).isEqualTo("moteplass-arsrapport-" + year + ".pdf");
        assertThat(new String(Files.readAllBytes(report.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // On a phone (and at 400 % zoom) the wide tables turn into one column: nothing scrolls sideways.
        page.setViewportSize(320, 800);
        for (String path : List.of("/min-side/organisasjoner", "/min-side/team", "/min-side/opplaering",
                "/min-side/temaer", "/min-side/nasjonalt")) {
            page.navigate(gateway + path);
            Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(path + " at 320 px").isLessThanOrEqualTo(0);
        }
        Chromium.screenshot(page, "35-nasjonal-oversikt-mobil");
        page.context().close();
    }

    @Test
    void aTrainerSchedulesACourseAfterTheFormHasNamedTheMissingDate() {
        Page page = chromium.page();
        page.navigate(gateway + "/min-side/opplaering");
        Chromium.logIn(page, "demo-lpp-trainer", "demo");
        assertThat(page.getByRole(AriaRole.NAVIGATION)).not().containsText("Nasjonal oversikt");
        // The national figures are the administrators': the knowledge service refuses, the page says so.
        page.navigate(gateway + "/min-side/nasjonalt");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ingen tilgang");
        Chromium.assertAccessible(page);
        page.navigate(gateway + "/min-side/opplaering");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Legg inn et nytt kurs")).click();
        page.getByLabel("Kurstype").selectOption(new SelectOption().setLabel("Fasilitatoropplæring"));
        page.getByLabel("Sted (tomt ved digitalt kurs)").fill("LPP, Bergen");
        page.getByLabel("Kursholder").fill("Kari Kursholder");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg inn kurset")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(page.locator("#date")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Kursholder")).hasValue("Kari Kursholder");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "33-nytt-kurs-med-feil");

        page.getByLabel("Dato").fill(LocalDate.now().plusDays(40).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg inn kurset")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kurset er lagt inn");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Kari Kursholder")))
                .containsText("LPP, Bergen");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "34-opplaering");
        page.context().close();
    }

    /** A second agreement for the health trust, signed by both parties and ending in 30 days; returns its title. */
    private String anAgreementEndingIn30Days() {
        String admin = Keycloak.shared().token("demo-lpp-admin");
        String hf = JourneyIT.WORLD.get("organization");
        String lpp = api.get("/api/partnerships/organizations?type=LPP_NATIONAL", admin).json().get("items").get(0)
                .get("id").asString();
        String title = "MØTEPLASS Demo HF, prøveperiode";
        String agreement = api.post("/api/partnerships/agreements", admin, Api.json(Map.of("title", title,
                "startsOn", LocalDate.now().minusMonths(6).toString(),
                "endsOn", LocalDate.now().plusDays(30).toString(),
                "parties", List.of(Map.of("organizationId", lpp, "role", "LPP"),
                        Map.of("organizationId", hf, "role", "PARTNER"))))).json().get("id").asString();
        for (String party : List.of(lpp, hf)) {
            api.post("/api/partnerships/agreements/" + agreement + "/signatures", admin,
                    Api.json(Map.of("organizationId", party)));
        }
        assertThat(api.get("/api/partnerships/agreements/" + agreement, admin).json().get("status").asString())
                .isEqualTo("ACTIVE");
        return title;
    }
}
