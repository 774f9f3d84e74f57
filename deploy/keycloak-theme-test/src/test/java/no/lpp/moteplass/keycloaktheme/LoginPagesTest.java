package no.lpp.moteplass.keycloaktheme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm's login pages in the theme "moteplass", in the Keycloak tests use (deploy/local's launcher installs the
 * theme) and real Chromium, the way staff meet them: the username step, the password step with the health trust's own
 * login offered, a wrong password, nynorsk and the language links, a stale form, error pages and logging out. Every
 * page gets the same checks ({@link #check}): its language in {@code html[lang]}, the portal's header, no English, no
 * serious or critical axe-core violation, no sideways scrolling at 320 CSS px; and a screenshot in target/screenshots.
 */
class LoginPagesTest {

    /** The gateway's redirect URI in the realm. Nothing listens there: the browser's request is answered here. */
    private static final String REDIRECT = "http://localhost:8080/login/oauth2/code/keycloak";
    /** RFC 7636's example challenge: the gateway client demands PKCE, and no code is ever exchanged here. */
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final String TRUSTS_OWN_LOGIN = "Demo Helseforetak HF (egen pålogging)";
    private static final List<String> CHECKED = new CopyOnWriteArrayList<>();

    private static Keycloak keycloak;
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        keycloak = Keycloak.shared();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        System.out.println(CHECKED.size() + " login pages checked, no serious or critical axe-core violation: " + CHECKED);
    }

    @Test
    void aCoordinatorLogsInInBokmaalAfterAWrongPasswordAndLandsAtTheApplication() {
        Page page = newPage();
        page.navigate(authorization("gateway", REDIRECT, ""));
        check(page, "login-nb", "nb");
        assertThat(page.locator("h1")).hasText("Logg inn");
        page.getByLabel("Brukernavn eller e-postadresse", exact()).fill("demo-coordinator-hf");
        page.getByRole(AriaRole.BUTTON, name("Neste")).click();

        // The password step names who is logging in in a labelled read-only field, and offers the trust's own login.
        assertThat(page.getByLabel("Brukernavn eller e-postadresse", exact())).hasValue("demo-coordinator-hf");
        assertThat(page.getByLabel("Brukernavn eller e-postadresse", exact())).not().isEditable();
        assertThat(page.getByRole(AriaRole.LINK, name("Logg inn som en annen"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, name(TRUSTS_OWN_LOGIN))).isVisible();
        check(page, "password-nb", "nb");

        page.getByLabel("Passord", exact()).fill("feil-passord");
        page.getByRole(AriaRole.BUTTON, name("Logg inn")).click();
        assertThat(page.locator("#input-error-password")).hasText("Feil brukernavn eller passord.");
        assertThat(page.getByLabel("Passord", exact())).hasAttribute("aria-invalid", "true");
        check(page, "wrong-password-nb", "nb");

        page.getByLabel("Passord", exact()).fill(Keycloak.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("Logg inn")).click();
        page.waitForURL(url -> url.startsWith(REDIRECT));
        assertThat(page.url()).as("back at the application with a code").contains("code=", "state=s1");
        page.context().close();
    }

    @Test
    void theHealthTrustsOwnLoginIsALinkThatWorksWithoutJavaScript() {
        Page page = newPage();
        page.navigate(authorization("gateway", REDIRECT, ""));
        page.getByLabel("Brukernavn eller e-postadresse", exact()).fill("demo-coordinator-hf");
        page.getByRole(AriaRole.BUTTON, name("Neste")).click();
        page.getByRole(AriaRole.LINK, name(TRUSTS_OWN_LOGIN)).click();

        assertThat(page).hasURL(Pattern.compile(".*/realms/demo-hf-directory/.*"));
        page.context().close();
    }

    @Test
    void theLoginPagesSpeakNynorskWhenAskedAndTheLanguageLinksSwitch() {
        Page page = newPage();
        page.navigate(authorization("gateway", REDIRECT, "&ui_locales=nn"));
        check(page, "login-nn", "nn");
        assertThat(page.locator("h1")).hasText("Logg inn");
        assertThat(page.locator("footer")).containsText("saman med helseføretak og kommunar");
        Locator languages = page.getByRole(AriaRole.NAVIGATION, name("Språk"));
        assertThat(languages.getByRole(AriaRole.LINK, link("Nynorsk"))).hasAttribute("aria-current", "true");

        languages.getByRole(AriaRole.LINK, link("Bokmål")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "nb");
        assertThat(page.getByLabel("Brukernavn eller e-postadresse", exact())).isVisible();
        languages.getByRole(AriaRole.LINK, link("Nynorsk")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "nn");

        page.getByLabel("Brukarnamn eller e-postadresse", exact()).fill("demo-facilitator-hf");
        page.getByRole(AriaRole.BUTTON, name("Neste")).click();
        assertThat(page.getByRole(AriaRole.LINK, name("Logg inn som ein annan"))).isVisible();
        check(page, "password-nn", "nn");
        page.getByLabel("Passord", exact()).fill("feil-passord");
        page.getByRole(AriaRole.BUTTON, name("Logg inn")).click();
        assertThat(page.locator("#input-error-password")).hasText("Feil brukarnamn eller passord.");
        check(page, "wrong-password-nn", "nn");
        page.context().close();
    }

    @Test
    void aStaleFormLeadsToThePageExpiredPageAndOnFromThere() {
        Page page = newPage();
        page.navigate(authorization("gateway", REDIRECT, ""));
        String staleAction = page.locator("#kc-form-login").getAttribute("action");
        page.getByLabel("Brukernavn eller e-postadresse", exact()).fill("demo-lpp-admin");
        page.getByRole(AriaRole.BUTTON, name("Neste")).click();
        assertThat(page.getByLabel("Passord", exact())).isVisible();

        // The username form sent again, as from an old tab (the test builds it; the pages themselves need no script).
        page.evaluate("action => { const form = document.createElement('form'); form.method = 'post'; form.action = action;"
                + " const field = document.createElement('input'); field.name = 'username'; field.value = 'demo-lpp-admin';"
                + " form.append(field); document.body.append(form); form.submit(); }", staleAction);
        assertThat(page.locator("h1")).hasText("Siden er utløpt");
        check(page, "page-expired-nb", "nb");

        page.getByRole(AriaRole.LINK, name("Fortsett innloggingen")).click();
        assertThat(page.getByLabel("Passord", exact())).isVisible();
        page.context().close();
    }

    @Test
    void anUnknownApplicationOrReturnAddressGetsAnErrorPageInBokmaal() {
        Page page = newPage();
        page.navigate(authorization("ukjent-tjeneste", REDIRECT, ""));
        assertThat(page.locator("h1")).hasText("Noe gikk galt");
        assertThat(page.locator("main")).containsText("Tjenesten som sendte deg hit, er ukjent.");
        check(page, "error-unknown-client-nb", "nb");

        page.navigate(authorization("gateway", "https://angriper.example/", ""));
        assertThat(page.locator("main")).containsText("Ugyldig parameter: redirect_uri");
        check(page, "error-redirect-uri-nb", "nb");
        page.context().close();
    }

    @Test
    void loggingOutAsksFirstThenSaysItIsDone() {
        Page page = newPage();
        page.navigate(authorization("gateway", REDIRECT, ""));
        // Logged in the way e2e's Chromium and Browser do it: Keycloak's ids, and the login form first on the page.
        assertThat(page.locator("form").first()).hasId("kc-form-login");
        page.locator("#username").fill("demo-facilitator-kommune");
        assertThat(page.locator("#password")).not().isVisible();
        page.locator("#kc-login").click();
        assertThat(page.locator("form").first()).hasId("kc-form-login");
        page.locator("#password").fill(Keycloak.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(REDIRECT));

        page.navigate(keycloak.realmIssuer() + "/protocol/openid-connect/logout");
        assertThat(page.locator("h1")).hasText("Logg ut");
        check(page, "logout-confirm-nb", "nb");
        page.getByRole(AriaRole.BUTTON, name("Logg ut")).click();
        assertThat(page.locator("h1")).hasText("Du er logget ut");
        check(page, "logged-out-nb", "nb");

        page.navigate(authorization("gateway", REDIRECT, ""));
        assertThat(page.getByLabel("Brukernavn eller e-postadresse", exact())).isVisible();
        page.context().close();
    }

    @Test
    void aNewMemberOfStaffWithATemporaryPasswordChoosesTheirOwn() {
        String username = "ny-ansatt-" + System.nanoTime();
        var created = keycloak.admin("POST", "/users", """
                {"username": "%s", "enabled": true, "email": "%s@demo.lpp.no", "emailVerified": true,
                 "firstName": "Ny", "lastName": "Ansatt",
                 "credentials": [{"type": "password", "value": "midlertidig", "temporary": true}]}
                """.formatted(username, username));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            Page page = newPage();
            page.navigate(authorization("gateway", REDIRECT, ""));
            page.getByLabel("Brukernavn eller e-postadresse", exact()).fill(username);
            page.getByRole(AriaRole.BUTTON, name("Neste")).click();
            page.getByLabel("Passord", exact()).fill("midlertidig");
            page.getByRole(AriaRole.BUTTON, name("Logg inn")).click();

            assertThat(page.locator("h1")).hasText("Bytt passord");
            page.getByLabel("Nytt passord", exact()).fill("et-eget-passord");
            page.getByLabel("Gjenta passordet", exact()).fill("et-annet-passord");
            page.getByRole(AriaRole.BUTTON, name("Lagre det nye passordet")).click();
            assertThat(page.locator("#input-error-password-confirm")).hasText("Passordene er ikke like.");
            check(page, "update-password-nb", "nb");

            page.getByLabel("Nytt passord", exact()).fill("et-eget-passord");
            page.getByLabel("Gjenta passordet", exact()).fill("et-eget-passord");
            page.getByRole(AriaRole.BUTTON, name("Lagre det nye passordet")).click();
            page.waitForURL(url -> url.startsWith(REDIRECT));
            page.context().close();
        } finally {
            String location = created.headers().firstValue("Location").orElseThrow();
            keycloak.admin("DELETE", location.substring(location.indexOf("/users/")), null);
        }
    }

    /** The checks every page gets; see the class comment. */
    private static void check(Page page, String name, String language) {
        assertThat(page.locator(".site-header .brand").count()).as(() -> keycloak.baseUrl() + " does not show the"
                + " moteplass theme: a Keycloak started before the theme was installed still runs there; stop it").isOne();
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("body").innerText()).as(name + " in " + language)
                .doesNotContain("Sign in", "Sign In", "Username", "Password", "We are sorry", "Back to Application");
        assertThat(Chromium.violations(page)).as(name + " (" + page.url() + ")").isEmpty();
        assertThat(Chromium.scrollsSidewaysAt320(page, name)).as(name + " at 320 CSS px").isFalse();
        Chromium.screenshot(page, name);
        CHECKED.add(name);
    }

    /** A browser page where the application's redirect URI answers (the login's last step lands there). */
    private static Page newPage() {
        Page page = chromium.page();
        page.route(url -> url.startsWith(REDIRECT), route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8")
                .setBody("<!DOCTYPE html><html lang=\"nb\"><title>Innlogget</title><p>Innlogget</p></html>")));
        return page;
    }

    private static String authorization(String clientId, String redirectUri, String extra) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("redirect_uri", redirectUri);
        query.put("state", "s1");
        query.put("code_challenge", CHALLENGE);
        query.put("code_challenge_method", "S256");
        return keycloak.realmIssuer() + "/protocol/openid-connect/auth?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + extra;
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator.GetByRoleOptions link(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }
}
