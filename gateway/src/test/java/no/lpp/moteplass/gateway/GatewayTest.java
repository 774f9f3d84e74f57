package no.lpp.moteplass.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on its own, with no service behind it but a stand-in for the partnership service that counts what
 * reaches it: what the gateway answers by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayTest {

    static final CountingUpstream UPSTREAM = CountingUpstream.start();

    @LocalServerPort
    int port;

    Api api;

    @DynamicPropertySource
    static void nothingBehindTheGateway(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_ISSUER_URI", Keycloak::issuerUri);
        // Port 9 (discard) is closed here: every route leads to an unreachable service.
        for (String service : new String[] {"TEAM", "MEETING", "KNOWLEDGE"}) {
            registry.add(service + "_SERVICE_URL", () -> "http://localhost:9");
        }
        registry.add("PARTNERSHIP_SERVICE_URL", UPSTREAM::url);
        registry.add("PORTAL_URL", () -> "http://localhost:9");
        registry.add("MOTEPLASS_PUBLIC_RATE_LIMIT", () -> "3");
        registry.add("MOTEPLASS_INTRANET_ORIGINS", () -> "https://intranett.demo-hf.example.no");
        registry.add("MOTEPLASS_MAX_REQUEST_SIZE", () -> "10KB");
        // This run's own counters in the real Redis, so earlier runs within the same minute do not count.
        registry.add("moteplass.rate-limit.namespace", () -> "test-" + java.util.UUID.randomUUID());
    }

    @BeforeEach
    void setUp() {
        api = new Api("http://localhost:" + port);
    }

    @Test
    void postingToAPublicFormTooOftenIs429WithAProblemDetailAndRetryAfter() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/public/feedback/skjema", null, "{}").status()).as("through to the (absent) service")
                    .isEqualTo(503);
        }

        Api.Response limited = api.post("/public/feedback/skjema", null, "{}");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("title").asString()).isEqualTo("For mange forespørsler");
        assertThat(Integer.parseInt(limited.header("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(api.get("/public/feedback/skjema", null).status()).as("reading is not limited").isEqualTo(503);
        assertThat(api.post("/public/meetings/" + java.util.UUID.randomUUID() + "/registrations", null, "{}")
                .status()).as("each form has its own count").isEqualTo(503);
    }

    @Test
    void responsesCarryTheSecurityHeadersAndOnlyPartnersMayFrameThem() {
        Api.Response response = api.get("/public/meetings", null);

        assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.header("Content-Security-Policy").orElseThrow()).contains("default-src 'self'",
                "frame-ancestors 'self' https://intranett.demo-hf.example.no");
        assertThat(response.header("X-Frame-Options")).isEmpty();
    }

    /** A caller's W3C traceparent is continued: the service is in the same trace, and the caller gets its id back. */
    @Test
    void aRequestsTraceReachesTheServiceAndItsIdComesBack() throws Exception {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/partnerships/anything")).header("Authorization", "Bearer " + Keycloak.shared().token(
                    "demo-lpp-admin")).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01").build(),
                    HttpResponse.BodyHandlers.discarding());

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.headers().firstValue("X-Correlation-Id")).contains(trace);
            assertThat(UPSTREAM.traceparent().get()).as("the gateway's own span is the service's parent")
                    .startsWith("00-" + trace + "-").doesNotContain("00f067aa0ba902b7");
        }
        assertThat(api.get("/public/meetings", null).header("X-Correlation-Id").orElseThrow())
                .as("a request without a trace begins one").matches("[0-9a-f]{32}").isNotEqualTo(trace);
    }

    @Test
    void onlyConfiguredIntranetOriginsMayReadThePublicListingCrossOrigin() {
        Api.Response partner = api.getFromOrigin("/public/meetings", "https://intranett.demo-hf.example.no");
        Api.Response stranger = api.getFromOrigin("/public/meetings", "https://evil.example.com");

        assertThat(partner.header("Access-Control-Allow-Origin")).contains("https://intranett.demo-hf.example.no");
        assertThat(stranger.status()).isEqualTo(403);
    }

    @Test
    void anOversizedRequestIsRefusedBeforeItReachesAService() {
        Api.Response response = api.post("/public/registrations/lenke/erasure", null, "{\"text\":\""
                + "x".repeat(20_000) + "\"}");

        assertProblem(response, 413);
    }

    /** A body sent in chunks has no Content-Length to check: it is counted on its way and cut off at the limit. */
    @Test
    void aChunkedBodyOverTheLimitIsCutOffBeforeTheServiceHasItAll() throws Exception {
        // A publisher of unknown length: HttpClient sends it chunked, with no Content-Length to check.
        var chunks = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream("x".repeat(5_000_000).getBytes())));
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/partnerships/anything")).header("Authorization", "Bearer " + Keycloak.shared().token(
                    "demo-lpp-admin")).header("Content-Type", "application/json").POST(chunks).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(UPSTREAM.received()).as("bytes the service behind the gateway got").isLessThan(200_000);
        }
    }

    /** The firewall's refusals of odd paths are problem details too, as every other error. */
    @Test
    void aPathTheFirewallRefusesIsABadRequestProblem() {
        for (String path : new String[] {"//api/teams/teams", "/api/teams;x=1/teams", "/api/teams/%2e%2e/x",
                "/api/teams/%00", "/api/teams%2Fteams", "/public/meetings/%252e"}) {
            Api.Response response = api.get(path, null);

            assertThat(response.status()).as(path).isBetween(400, 404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
    }

    @Test
    void browserSessionsLiveInRedisSoAnyReplicaCanServeThem() throws Exception {
        Api.Response login = api.getAccepting("/oauth2/authorization/keycloak", "text/html");

        String session = login.header("Set-Cookie").orElseThrow();
        assertThat(session).startsWith("SESSION=").containsIgnoringCase("HttpOnly");
        String id = session.substring("SESSION=".length(), session.indexOf(';'));
        try (var redis = new java.net.Socket("127.0.0.1", 6379);
                var out = redis.getOutputStream(); var in = redis.getInputStream()) {
            out.write(("EXISTS moteplass:gateway:session:sessions:" + id + "\r\n").getBytes());
            out.flush();
            assertThat(new String(in.readNBytes(4))).isEqualTo(":1\r\n");
        }
    }

    @Test
    void aServiceThatKeepsFailingIsCutOffByItsCircuitBreaker() {
        String token = Keycloak.shared().token("demo-lpp-admin");
        for (int i = 0; i < 12; i++) {
            Api.Response response = api.get("/api/teams/teams", token);
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }

        assertThat(api.get("/actuator/prometheus", null).body())
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"team\"[^}]*state=\"open\"[^}]*} 1\\.0");
    }

    /** More calls at once than the bulkhead that used to stand here let through: each reaches the service. */
    @Test
    void aBurstIsPassedOnToTheServiceNotRefusedByTheGateway() throws Exception {
        String token = Keycloak.shared().token("demo-lpp-admin");
        Map<Integer, Long> statuses;
        try (var client = HttpClient.newHttpClient(); var burst = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(burst.submit(() -> client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/partnerships/slow")).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1L, Long::sum);
            }
        }

        assertThat(statuses).containsExactly(Map.entry(204, 100L));
        assertThat(UPSTREAM.mostAtOnce().get()).as("calls the service held at once").isGreaterThan(25);
    }

    /** The public listing failing again and again opens its own breaker; the staff's calls to the service still go. */
    @Test
    void publicFailuresOpenOnlyThePublicBreaker() {
        for (int i = 0; i < 12; i++) {
            assertThat(api.get("/public/meetings", null).status()).isEqualTo(503);
        }
        assertThat(api.get("/api/meetings/meetings", Keycloak.shared().token("demo-lpp-admin")).status())
                .as("tried, and refused by the unreachable service itself").isEqualTo(503);

        assertThat(api.get("/actuator/prometheus", null).body())
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"meeting-public\"[^}]*state=\"open\"[^}]*} 1\\.0")
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"meeting\"[^}]*state=\"closed\"[^}]*} 1\\.0");
    }

    @Test
    void unknownPathsAreProblemDetails() {
        Api.Response response = api.get("/no/such/place", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Ikke funnet");
    }

    @Test
    void apiClientsWithoutATokenGet401() {
        Api.Response response = api.get("/api/partnerships/organizations", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPostWithoutTokenOrSessionIs401NotACsrfRefusal() {
        Api.Response response = api.post("/api/partnerships/organizations", null, "{}");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aSessionPostWithoutCsrfTokenIsRefused() {
        Api.Response response = api.postWithCookie("/api/partnerships/organizations", "SESSION=stolen", "{}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /**
     * The browser's one CSRF token is the XSRF-TOKEN cookie the portal hands out with its pages: the gateway accepts it
     * as it is (here the stolen session is then refused as no login at all), and makes no token of its own for a page.
     */
    @Test
    void theTokenThePortalHandedOutPassesTheCsrfCheckAndPagesGetNoSecondOne() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> change = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/partnerships/organizations")).header("Accept", "application/json")
                    .header("Content-Type", "application/json").header("Cookie", "SESSION=stolen; XSRF-TOKEN=portal")
                    .header("X-XSRF-TOKEN", "portal").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(change.statusCode()).isEqualTo(401);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
        }
    }

    @Test
    void browsersAreSentToLoginWithPkce() {
        Api.Response page = api.getAccepting("/api/partnerships/organizations", "text/html,application/xhtml+xml");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location").orElseThrow()).endsWith("/oauth2/authorization/keycloak");

        Api.Response authorize = api.getAccepting("/oauth2/authorization/keycloak", "text/html");

        assertThat(authorize.status()).isEqualTo(302);
        assertThat(authorize.header("Location").orElseThrow())
                .startsWith(Keycloak.issuerUri() + "/protocol/openid-connect/auth")
                .contains("client_id=gateway", "code_challenge=", "code_challenge_method=S256", "scope=openid");
    }

    @Test
    void publicPathsNeedNoLoginAndAnUnreachableServiceIs503() {
        Api.Response response = api.get("/public/meetings", null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBrowserAskingForAPageGetsOneInNorwegianWhenThePortalIsUnreachable() {
        Api.Response page = api.getAccepting("/", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"nb\"", "<h1>Tjenesten er midlertidig utilgjengelig</h1>",
                "Prøv igjen om litt.", "<a href=\"/\">Til forsiden</a>");
        // The portal's look and footer, like every other page.
        assertThat(page.body()).contains("href=\"/assets/portal.css\"", "href=\"/tilgjengelighet\"",
                "class=\"site-header\"");
        assertThat(api.getAccepting("/", "*/*").contentType()).as("anything else: problem details")
                .startsWith("application/problem+json");
    }

    @Test
    void aValidBearerTokenPassesTheGatewayToTheService() {
        String token = Keycloak.shared().token("demo-lpp-admin");

        Api.Response response = api.get("/api/partnerships/organizations", token);

        assertThat(response.status()).as("through to the stand-in service, which answers 204").isEqualTo(204);
    }

    @Test
    void healthIsOpen() {
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(200);
    }
}
