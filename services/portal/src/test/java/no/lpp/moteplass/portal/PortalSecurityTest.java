package no.lpp.moteplass.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff pages trust only a token the realm really issued, as the services do, and their forms only with the
 * browser's CSRF token; the public pages stay open. The realm's keys and the services are a stand-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalSecurityTest {

    static final ServicesStandIn SERVICES = new ServicesStandIn();
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void realmAndServices(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_ISSUER_URI", () -> ServicesStandIn.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> SERVICES.url() + "/certs");
        for (String service : new String[] {"PARTNERSHIP", "TEAM", "MEETING", "KNOWLEDGE"}) {
            registry.add(service + "_SERVICE_URL", SERVICES::url);
        }
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    /**
     * The realm's keys are fetched once, with Nimbus's short timeouts, and kept: on a busy machine the first fetch may
     * time out, which would send the browser to log in too. A forged token must be refused for what it is, not for that.
     */
    @BeforeEach
    void theRealmsKeysAreKnown() throws Exception {
        String token = SERVICES.genuineToken();
        for (int attempt = 0; attempt < 20 && get("/min-side", token, null).statusCode() != 200; attempt++) {
            Thread.sleep(200);
        }
        SERVICES.calls.clear();
    }

    @Test
    void aGenuineTokenShowsTheStaffPagesAndGoesWithEveryCallToAService() throws Exception {
        String token = SERVICES.genuineToken();

        HttpResponse<String> home = get("/min-side", token, null);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Logget inn som Kari Nordmann", "Nasjonal oversikt");
        assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(SERVICES.calls).extracting(ServicesStandIn.Call::path).contains("/api/teams/teams?size=100",
                "/api/meetings/meetings?size=50", "/api/knowledge/follow-ups?size=100");
        assertThat(SERVICES.calls).allSatisfy(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer " + token);
            assertThat(call.traceparent()).as("the trace goes on to the service").isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"forged signature", "another issuer", "another audience", "expired", "not a token", "none"})
    void anyOtherTokenSendsTheBrowserToLogInAndNoServiceIsCalled(String which) throws Exception {
        String token = switch (which) {
            case "forged signature" -> SERVICES.tokenWithAForgedSignature();
            case "another issuer" -> SERVICES.tokenFromAnotherIssuer();
            case "another audience" -> SERVICES.tokenForAnotherAudience();
            case "expired" -> SERVICES.expiredToken();
            case "not a token" -> "eyJhbGciOiJub25lIn0.eyJuYW1lIjoiS2FyaSJ9.";
            default -> null;
        };

        HttpResponse<String> page = get("/min-side/nasjonalt", token, null);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).contains("/oauth2/authorization/keycloak");
        assertThat(SERVICES.calls).isEmpty();
    }

    @Test
    void publicPagesStayOpenAndCallTheServicesOnNoOnesBehalf() throws Exception {
        HttpResponse<String> front = get("/", SERVICES.tokenWithAForgedSignature(), null);

        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(SERVICES.calls).isNotEmpty().allSatisfy(call -> assertThat(call.authorization()).isNull());
        assertThat(xsrfCookie(front)).as("the browser's CSRF token, handed out with every page").isNotBlank();
    }

    @Test
    void aStaffFormIsAcceptedOnlyWithTheBrowsersCsrfToken() throws Exception {
        String token = SERVICES.genuineToken();
        HttpResponse<String> form = get("/min-side/temaer/nytt", token, null);
        String cookie = xsrfCookie(form);
        Matcher field = CSRF_FIELD.matcher(form.body());
        assertThat(field.find()).as("Thymeleaf adds the token to the form").isTrue();
        assertThat(field.group(1)).as("as it is, so the gateway accepts it for logging out too").isEqualTo(cookie);
        assertThat(xsrfCookie(get("/min-side", token, "XSRF-TOKEN=" + cookie))).as("the same token on the next page")
                .isNull();
        String theme = "title=Søsken&description=Om+å+være+søsken&guidance=";

        HttpResponse<String> withoutToken = post("/min-side/temaer", token, "XSRF-TOKEN=" + cookie, theme);
        HttpResponse<String> anotherSitesToken = post("/min-side/temaer", token, "XSRF-TOKEN=" + cookie,
                theme + "&_csrf=guessed");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("Noe gikk galt");
        assertThat(anotherSitesToken.statusCode()).isEqualTo(403);
        assertThat(SERVICES.calls).noneMatch(call -> call.method().equals("POST"));

        HttpResponse<String> saved = post("/min-side/temaer", token, "XSRF-TOKEN=" + cookie,
                theme + "&_csrf=" + cookie);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).contains("/min-side/temaer?lagret");
        assertThat(SERVICES.calls).filteredOn(call -> call.method().equals("POST")).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/meetings/themes");
            assertThat(call.authorization()).isEqualTo("Bearer " + token);
            assertThat(call.body()).contains("\"title\":\"Søsken\"");
        });
    }

    private HttpResponse<String> get(String path, String token, String cookie) throws Exception {
        return http.send(request(path, token, cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String cookie, String form) throws Exception {
        return http.send(request(path, token, cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request;
    }

    private static String xsrfCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }
}
