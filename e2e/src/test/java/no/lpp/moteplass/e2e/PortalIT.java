package no.lpp.moteplass.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * The portal in real Chromium, through the gateway: a relative finds the meeting JourneyIT published, registers
 * (after the form has pointed out what was missing), and cancels by the manage link; every page passes an axe-core
 * scan, works by keyboard, and reflows on a phone and at 200 % zoom. Screenshots go to e2e/target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
@Order(2)
class PortalIT {

    static Chromium chromium;
    final String gateway = RunningPlatform.gateway();

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
    void aPublishedMeetingExists() {
        Assumptions.assumeTrue(JourneyIT.WORLD.containsKey("meeting"), "JourneyIT published a meeting");
    }

    @Test
    void aRelativeFindsTheMeetingRegistersAfterCorrectingTheFormAndCancelsByTheLink() {
        String meeting = JourneyIT.WORLD.get("meeting");
        Page page = chromium.page();

        page.navigate(gateway + "/");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "01-forside");
        page.getByLabel("Helseregion").selectOption(new SelectOption().setLabel("Helse Vest"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis møter")).click();
        assertThat(page).hasURL(gateway + "/?region=VEST&organisasjon=&tema=");
        Locator card = page.locator("a[href='/moter/" + meeting + "']");
        assertThat(card).hasText("Barn som pårørende");
        card.click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Barn som pårørende");
        assertThat(page.locator("main")).containsText("Haukelandsveien 22, 5021 Bergen");
        assertThat(page.locator("main")).containsText("Demo Helseforetak HF");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "02-motet");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meld deg på")).click();

        // A first try with the relation and the consent missing: nothing is saved, each problem is named.
        page.getByLabel("Pårørende", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Navn").fill("Ola Nordmann");
        page.getByLabel("E-post").fill("ola.portal@example.no");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld meg på")).click();
        Locator summary = page.getByRole(AriaRole.ALERT);
        // In the form's order (not the service's), each an instruction.
        assertThat(summary.locator("li")).hasText(new String[] {"Velg hvem du er pårørende til.",
                "Kryss av for at du har lest personvernerklæringen og samtykker."});
        assertThat(page.locator("#relation")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Navn")).hasValue("Ola Nordmann");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Feil i skjemaet"));
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "03-pamelding-med-feil");

        page.locator("#relation").selectOption("PARENT");
        page.getByLabel("Allergier eller behov for mat (valgfritt)").fill("Glutenfritt");
        page.locator("#consent").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld meg på")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Du er påmeldt");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "04-kvittering");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se eller avslutt påmeldingen"))
                .click();
        assertThat(page.locator("body")).containsText("Du er påmeldt og har plass.");
        Chromium.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld meg av")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du er meldt av");
        assertThat(page.locator("main")).containsText("Du er meldt av dette møtet.");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "05-meldt-av");

        // And the name and email erased now, rather than 30 days after the meeting.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slett opplysningene mine")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Navnet og kontaktopplysningene dine er slettet");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slett opplysningene mine")))
                .hasCount(0);
        Chromium.assertAccessible(page);
        page.context().close();
    }

    @Test
    void theAccessibilityStatementAndHowToReachLppAreLinkedFromEveryPage() {
        Page page = chromium.page();
        page.navigate(gateway + "/moter/" + JourneyIT.WORLD.get("meeting"));
        page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Tilgjengelighetserklæring")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Tilgjengelighets\u00aderklæring");
        assertThat(page.locator("main")).containsText("WCAG 2.1");
        assertThat(page.locator("main a[href='mailto:post@lpp.no']")).hasText("post@lpp.no");
        assertThat(page.locator("main")).containsText("Tilsynet for universell utforming av ikt");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "14-tilgjengelighetserklaering");

        page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Kontakt oss")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Kontakt oss");
        assertThat(page.locator("main a[href='mailto:post@lpp.no']")).hasCount(1);
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "15-kontakt");

        // The gateway's own error page (a path no component serves) wears the same header, footer and stylesheets.
        page.navigate(gateway + "/side-som-ikke-finnes");
        assertThat(page.locator(".site-header .brand")).hasText("Pårørende MØTEPLASS");
        assertThat(page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Tilgjengelighetserklæring"))).hasCount(1);
        Chromium.screenshot(page, "16-gatewayens-feilside");
        page.context().close();
    }

    @Test
    void everyPublicPageIsAccessibleAndTheKeyboardReachesTheContentFirst() {
        Page page = chromium.page();
        for (String path : new String[] {"/", "/moter/" + JourneyIT.WORLD.get("meeting") + "/pamelding", "/personvern",
                "/tilgjengelighet", "/kontakt", "/innebygging", "/innebygd/moter", "/side-som-ikke-finnes",
                "/moter/00000000-0000-4000-8000-000000000000"}) {
            page.navigate(gateway + path);
            Chromium.assertAccessible(page);
        }
        Chromium.screenshot(page, "06-ikke-funnet");

        page.navigate(gateway + "/");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Hopp til hovedinnholdet");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(gateway + "/#innhold");
        page.context().close();
    }

    @Test
    void aParticipantAnswersTheAnonymousFeedbackFormAfterItHasNamedTheQuestionsLeft() {
        String link = new Api(gateway).get("/api/knowledge/meetings/" + JourneyIT.WORLD.get("heldMeeting")
                + "/feedback-form", Keycloak.shared().token("demo-facilitator-hf")).json().get("url").asString();
        assertThat(link).startsWith(gateway + "/tilbakemelding/");
        Page page = chromium.page(360, 740);
        page.navigate(link);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hvordan var møtet?");
        assertThat(page.locator("main")).containsText("Barn som pårørende");
        Chromium.assertAccessible(page);

        page.getByLabel("Pårørende", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send tilbakemelding")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Velg hvor nyttig møtet var");
        assertThat(page.locator("#usefulness-error")).isVisible();
        assertThat(page.getByLabel("Pårørende", new Page.GetByLabelOptions().setExact(true))).isChecked();
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "08-tilbakemelding-med-feil");

        page.locator("#usefulness-5").check();
        page.locator("#feltHeard-4").check();
        page.locator("#learnedAboutServices-3").check();
        page.getByLabel("Ja").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send tilbakemelding")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Takk for tilbakemeldingen");
        Chromium.assertAccessible(page);
        page.context().close();
    }

    /** The snippet from /innebygging on a partner's intranet page, and the same snippet on a site not allowed to. */
    @Test
    void theEmbeddableListingShowsOnThePartnersIntranetAndIsRefusedElsewhere() throws Exception {
        String snippet = "<!doctype html><html lang=nb><title>Intranett</title><h1>Intranett</h1>"
                + "<iframe title=\"Kommende MØTEPLASS-møter\" src=\"" + gateway + "/innebygd/moter\"></iframe></html>";
        HttpServer intranet = site(RunningPlatform.INTRANET, snippet);
        HttpServer elsewhere = site("http://127.0.0.1:18098", snippet);
        try {
            Page page = chromium.page();
            page.navigate(RunningPlatform.INTRANET + "/");
            assertThat(page.frameLocator("iframe").getByRole(AriaRole.HEADING)).hasText("Kommende MØTEPLASS-møter");
            Chromium.screenshot(page, "09-innebygd-pa-intranett");

            ConsoleMessage refusal = page.waitForConsoleMessage(new Page.WaitForConsoleMessageOptions()
                    .setPredicate(message -> message.text().contains("frame-ancestors")),
                    () -> page.navigate("http://127.0.0.1:18098/"));
            assertThat(refusal.text()).contains("Framing '" + gateway + "/'", "blocked");
            assertThat(page.frameLocator("iframe").getByRole(AriaRole.HEADING)).hasCount(0);
            page.context().close();
        } finally {
            intranet.stop(0);
            elsewhere.stop(0);
        }
    }

    /**
     * A web site on this machine serving one page. A real server, not a routed page: Chromium only lets a page on this
     * machine frame another one on it (Local Network Access), as a hospital's intranet may frame the public site.
     */
    private static HttpServer site(String origin, String html) throws java.io.IOException {
        URI address = URI.create(origin);
        HttpServer server = HttpServer.create(new InetSocketAddress(address.getHost(), address.getPort()), 0);
        server.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    @Test
    void pagesReflowOnAPhoneAndAtTwiceTheZoom() {
        // 320 CSS pixels is what a 1280 px wide window shows at 400 %, and a small phone at 100 % (WCAG 1.4.10).
        for (int width : new int[] {320, 640}) {
            Page page = chromium.page(width, 800);
            for (String path : new String[] {"/", "/moter/" + JourneyIT.WORLD.get("meeting"),
                    "/moter/" + JourneyIT.WORLD.get("meeting") + "/pamelding"}) {
                page.navigate(gateway + path);
                Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).as(path + " at " + width + " px").isLessThanOrEqualTo(0);
            }
            if (width == 320) {
                page.navigate(gateway + "/moter/" + JourneyIT.WORLD.get("meeting") + "/pamelding");
                Chromium.screenshot(page, "07-pamelding-mobil");
            }
            page.context().close();
        }
    }

    @Test
    void aCoordinatorLogsInSeesTheTeamReadyPlansAMeetingAndPublishesIt() {
        Page page = chromium.page();
        page.navigate(gateway + "/min-side");
        Chromium.logIn(page, "demo-coordinator-hf", "demo");

        assertThat(page).hasURL(gateway + "/min-side");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Min side");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("MØTEPLASS Bergen")))
                .containsText("Klart");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "10-min-side-koordinator");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planlegg et nytt møte")).click();
        page.getByLabel("MØTEPLASS Bergen (klart)").check();
        Chromium.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Videre")).click();

        // Saved without a title or facilitators: refused, nothing saved, each field named.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre utkast")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "11-planlegg-med-feil");

        String title = "Åpent møte om barn som pårørende";
        page.getByLabel("Tema").selectOption(new SelectOption().setLabel("Barn som pårørende"));
        page.getByLabel("Tittel").fill(title);
        page.getByLabel("Dato").fill(java.time.LocalDate.now().plusDays(30).toString());
        page.getByLabel("Sted", new Page.GetByLabelOptions().setExact(true)).fill("Haukeland universitetssjukehus");
        page.getByLabel("Adresse").fill("Haukelandsveien 22, 5021 Bergen");
        page.getByLabel("Første fasilitator").selectOption(new SelectOption().setLabel("Fagperson En"));
        page.getByLabel("Andre fasilitator").selectOption(new SelectOption().setLabel("Fagperson To"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre utkast")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Utkastet er lagret");
        assertThat(page.locator("main")).containsText("Fagperson En og Fagperson To");
        Chromium.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiser møtet")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Møtet er publisert");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "12-publisert");

        // Someone registers; the coordinator, who also leads the meeting, checks her in on the day.
        String meeting = page.url().replaceAll(".*/min-side/moter/([0-9a-f-]+).*", "$1");
        assertThat(new Api(gateway).post("/public/meetings/" + meeting + "/registrations", null, Api.json(Map.of(
                "category", "RELATIVE", "relation", "SIBLING", "name", "Siri Søster", "email", "siri@example.no",
                "dietaryNeeds", "Vegetar", "consent", true))).status()).isEqualTo(201);
        page.reload();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltakerliste og oppmøte")).click();
        Locator siri = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Siri Søster"));
        assertThat(siri).containsText("Søsken");
        assertThat(siri).containsText("Vegetar");
        Chromium.assertAccessible(page);
        siri.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Siri Søster")))
                .containsText("Kommet");
        Chromium.screenshot(page, "13-deltakerliste");
        page.navigate(gateway + "/");
        assertThat(page.locator("main")).containsText(title);

        // A plan form whose hidden team is not an id (tampered with) is a bad request, not a server error.
        page.navigate(gateway + "/min-side/moter/nytt?team=" + JourneyIT.WORLD.get("team"));
        page.locator("input[name=team]").evaluate("field => field.value = 'ikke-en-id'");
        Response tampered = page.waitForResponse(response -> response.request().method()
                .equals("POST") && response.url().endsWith("/min-side/moter"), () -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Lagre utkast")).click());
        assertThat(tampered.status()).isEqualTo(400);

        page.navigate(gateway + "/min-side");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        assertThat(page).hasURL(gateway + "/");
        page.navigate(gateway + "/min-side");
        assertThat(page.locator("#username")).isVisible(); // logged out of Keycloak too: asked to log in again
        page.context().close();
    }

    @Test
    void theFacilitatorsPublishTheSummaryAfterThePersonalDataScreenStopsAPhoneNumberAndTheTrustFollowsItUp() {
        String meeting = JourneyIT.WORLD.get("heldMeetingWithoutSummary");
        Page facilitator = chromium.page();
        facilitator.navigate(gateway + "/min-side/moter/" + meeting);
        Chromium.logIn(facilitator, "demo-facilitator-hf", "demo");
        // The feedback form's QR code, fetched by the browser through the gateway with the facilitator's session.
        Locator qr = facilitator.getByAltText("QR-kode til tilbakemeldingsskjemaet");
        assertThat(qr).isVisible();
        assertThat(((Number) qr.evaluate("img => img.decode().then(() => img.naturalWidth)")).intValue()).isPositive();
        facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oppsummering etter møtet")).click();

        facilitator.getByLabel("Hva skjedde på møtet?").fill("Pårørende fortalte om lang ventetid på svar.");
        facilitator.getByLabel("Hva lærte dere?").fill("Pårørende vil ha et fast nummer å ringe: 912 34 567.");
        facilitator.getByLabel("Hva slags innsikt").selectOption(new SelectOption().setLabel("Forslag til forbedring"));
        facilitator.getByLabel("Hvilken tjeneste gjelder det").selectOption(new SelectOption().setLabel("DPS"));
        facilitator.getByLabel("Hvem skal følge det opp").selectOption(
                new SelectOption().setLabel("Demo Helseforetak HF"));
        facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre oppsummeringen")).click();
        assertThat(facilitator.getByRole(AriaRole.STATUS)).containsText("Oppsummeringen er lagret");
        Chromium.assertAccessible(facilitator);
        Chromium.screenshot(facilitator, "20-oppsummering-lagret");
        approve(facilitator);

        // The second facilitator approves too; publishing is refused, naming the phone number.
        Page second = chromium.page();
        second.navigate(gateway + "/min-side/moter/" + meeting + "/oppsummering");
        Chromium.logIn(second, "demo-coordinator-hf", "demo");
        approve(second);
        assertThat(second.locator("main")).containsText("godkjent av 2 av 2");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiser oppsummeringen")).click();
        assertThat(second.getByRole(AriaRole.ALERT)).containsText("912 34 567");
        Chromium.assertAccessible(second);
        Chromium.screenshot(second, "21-oppsummering-stoppet");

        // Rewritten without the number and with a second insight: the approvals are withdrawn, both approve the new
        // text, and it is published.
        second.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Innsikt 1"))
                .getByLabel("Hva lærte dere?").fill("Pårørende vil ha et fast nummer å ringe til avdelingen.");
        Locator another = second.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ny innsikt (valgfritt)"));
        another.getByLabel("Hva lærte dere?").fill("Pårørende får for lite informasjon ved utskrivning.");
        another.getByLabel("Hva slags innsikt").selectOption(new SelectOption().setLabel("Erfaring"));
        another.getByLabel("Hvilken tjeneste gjelder det").selectOption(new SelectOption().setLabel("Sykehusavdeling"));
        another.getByLabel("Hvem skal følge det opp").selectOption(new SelectOption().setLabel("Demo Helseforetak HF"));
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre oppsummeringen")).click();
        assertThat(second.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Innsikt 2"))
                .getByLabel("Hva lærte dere?")).hasValue("Pårørende får for lite informasjon ved utskrivning.");
        assertThat(second.locator("main")).containsText("godkjent av 0 av 2");
        approve(second);
        facilitator.reload();
        approve(facilitator);
        facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiser oppsummeringen")).click();
        assertThat(facilitator.getByRole(AriaRole.STATUS)).containsText("Oppsummeringen er publisert");
        Chromium.assertAccessible(facilitator);
        Chromium.screenshot(facilitator, "22-oppsummering-publisert");

        // The health trust's coordinator takes the insight in and plans what to do about it.
        second.navigate(gateway + "/min-side/oppfolging");
        assertThat(second.locator("main")).containsText("Pårørende får for lite informasjon ved utskrivning.");
        Chromium.assertAccessible(second);
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Pårørende vil ha et fast nummer å ringe til avdelingen.")).click();
        second.getByLabel("Ny status").selectOption(new SelectOption().setLabel("Tiltak planlagt"));
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(second.getByRole(AriaRole.ALERT)).isVisible(); // a planned action needs what, who and when
        second.getByLabel("Ny status").selectOption(new SelectOption().setLabel("Lest og tatt imot"));
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(second.getByRole(AriaRole.STATUS)).containsText("Lest og tatt imot");
        second.getByLabel("Ny status").selectOption(new SelectOption().setLabel("Tiltak planlagt"));
        second.getByLabel("Hva skal gjøres (ved tiltak)").fill("Eget telefonnummer for pårørende ved DPS.");
        second.getByLabel("Ansvarlig rolle (ved tiltak)").fill("Avdelingsleder DPS");
        second.getByLabel("Frist (ved tiltak)").fill(java.time.LocalDate.now().plusMonths(2).toString());
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(second.getByRole(AriaRole.STATUS)).containsText("Tiltak planlagt");
        Chromium.assertAccessible(second);
        Chromium.screenshot(second, "23-oppfolging");
        facilitator.context().close();
        second.context().close();
    }

    private static void approve(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkjenn teksten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du har godkjent teksten");
    }
}
