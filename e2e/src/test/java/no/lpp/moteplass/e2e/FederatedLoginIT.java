package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        try (Browser browser = new Browser()) {
            HttpResponse<String> page = browser.open(URI.create(keycloak.realmIssuer()
                    + "/protocol/openid-connect/auth?" + Browser.form(Map.of("client_id", "gateway",
                    "response_type", "code", "scope", "openid organization", "redirect_uri", REDIRECT, "state", "s1",
                    "nonce", "n1", "code_challenge", challenge, "code_challenge_method", "S256",
                    "kc_idp_hint", "demo-hf-directory"))), location -> location.startsWith(REDIRECT));
            assertThat(page.uri().toString()).as("the trust's own login page")
                    .contains("/realms/demo-hf-directory/");
            HttpResponse<String> done = browser.open(browser.login(page, user, "demo"),
                    location -> location.startsWith(REDIRECT));
            String location = done.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                    "no redirect back to MØTEPLASS; the last page was " + done.uri() + ": "
                            + Browser.title(done.body())));
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            assertThat(code.find()).as(location).isTrue();
            HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(keycloak.realmIssuer()
                            + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(Browser.form(Map.of("grant_type", "authorization_code",
                            "client_id", "gateway", "client_secret", "demo-gateway-secret", "redirect_uri", REDIRECT,
                            "code", code.group(1), "code_verifier", verifier)))).build());
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            return JSON.readTree(tokens.body()).get("access_token").asString();
        }
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
