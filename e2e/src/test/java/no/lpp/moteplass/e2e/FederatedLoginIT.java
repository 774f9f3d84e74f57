package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Federated login for real: a second realm in the same Keycloak plays the health trust's own directory. A user logs in
 * there, Keycloak brokers the login into the MØTEPLASS realm, puts the user in the trust's organisation with the
 * role the directory's group maps to, and the gateway lets the resulting token through. Driven the way a browser
 * does it: redirects, cookies and the login form.
 */
@ExtendWith(RunningPlatform.class)
class FederatedLoginIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REDIRECT = "http://localhost:8080/login/oauth2/code/keycloak";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    final Keycloak keycloak = Keycloak.shared();

    @ParameterizedTest(name = "{0} logs in through the health trust's directory and becomes {1} of demo-hf")
    @CsvSource({"kari.koordinator, coordinator", "frode.fasilitator, facilitator"})
    void aTrustUserLandsInTheTrustsOrganisationWithTheMappedRole(String user, String role) throws Exception {
        JsonNode claims = claims(loginThroughTheTrust(user));

        assertThat(claims.get("organization").toString()).contains("demo-hf");
        assertThat(claims.get("realm_access").get("roles").valueStream().map(JsonNode::asString)).contains(role)
                .doesNotContain("lpp-admin");
        assertThat(claims.get("email").asString()).isEqualTo(user + "@demo-hf.example.no");
    }

    @org.junit.jupiter.api.Test
    void theBrokeredTokenIsAcceptedThroughTheGateway() throws Exception {
        String token = loginThroughTheTrust("kari.koordinator");

        assertThat(new Api(RunningPlatform.gateway()).get("/api/teams/teams", token).status()).isEqualTo(200);
    }

    /** Logs in as a browser would, with the MØTEPLASS realm sending the user straight to the trust (kc_idp_hint). */
    private String loginThroughTheTrust(String user) throws Exception {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> page = follow(browser, URI.create(keycloak.realmIssuer()
                    + "/protocol/openid-connect/auth?" + form(Map.of("client_id", "gateway", "response_type", "code",
                    "scope", "openid organization", "redirect_uri", REDIRECT, "state", "s1", "nonce", "n1",
                    "code_challenge", challenge, "code_challenge_method", "S256",
                    "kc_idp_hint", "demo-hf-directory"))));
            assertThat(page.uri().toString()).as("the trust's own login page")
                    .contains("/realms/demo-hf-directory/");
            HttpResponse<String> done = follow(browser, submit(browser, page, Map.of("username", user,
                    "password", "demo")));
            String location = done.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                    "no redirect back to MØTEPLASS; the last page was " + done.uri() + ": " + title(done.body())));
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            assertThat(code.find()).as(location).isTrue();
            HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(keycloak.realmIssuer()
                            + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                            "client_id", "gateway", "client_secret", "demo-gateway-secret", "redirect_uri", REDIRECT,
                            "code", code.group(1), "code_verifier", verifier)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            return JSON.readTree(tokens.body()).get("access_token").asString();
        }
    }

    /** Follows redirects until a page is shown or the login returns to MØTEPLASS's redirect URI. */
    private static HttpResponse<String> follow(HttpClient browser, URI start) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(start).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            if (location.startsWith(REDIRECT)) {
                return response;
            }
            response = browser.send(HttpRequest.newBuilder(response.uri().resolve(location)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** Submits the page's form; the answer is a redirect to follow. */
    private static URI submit(HttpClient browser, HttpResponse<String> page, Map<String, String> fields)
            throws Exception {
        Matcher action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("a form on " + title(page.body())).isTrue();
        URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the form was accepted: " + title(answer.body())).isEqualTo(302);
        return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
    }

    /**
     * A browser's cookie jar for http://localhost: browsers treat localhost as a secure context and send Keycloak's
     * {@code Secure} cookies to it, which {@link java.net.CookieManager} does not. Cookies are kept by name and path.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final Map<String, String[]> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers) {
            String cookie = cookies.values().stream().filter(c -> uri.getPath().startsWith(c[2]))
                    .map(c -> c[0] + "=" + c[1]).collect(Collectors.joining("; "));
            return cookie.isEmpty() ? Map.of() : Map.of("Cookie", java.util.List.of(cookie));
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) {
            headers.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    values.forEach(value -> {
                        String[] parts = value.split(";");
                        String[] pair = parts[0].split("=", 2);
                        String path = java.util.Arrays.stream(parts).map(String::strip)
                                .filter(part -> part.regionMatches(true, 0, "Path=", 0, 5)).map(part -> part.substring(5))
                                .findFirst().orElse("/");
                        cookies.put(pair[0].strip() + "@" + path, new String[] {pair[0].strip(), pair[1], path});
                    });
                }
            });
        }
    }

    private static String title(String html) {
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(html);
        return title.find() ? title.group(1).strip() : html.substring(0, Math.min(200, html.length()));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
