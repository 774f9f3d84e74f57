package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway as a BFF: a browser logs in through Keycloak, calls the API with only its session cookie (the gateway
 * relays the token), needs the CSRF token to change anything, and logging out ends the Keycloak session too.
 */
@ExtendWith(RunningPlatform.class)
class BrowserSessionIT {

    private static final URI GATEWAY = URI.create(RunningPlatform.gateway());

    @Test
    void aBrowserLogsInUsesTheApiWithItsSessionAndLogsOutOfKeycloakToo() throws Exception {
        try (Browser browser = new Browser()) {
            HttpResponse<String> login = browser.open(GATEWAY.resolve("/oauth2/authorization/keycloak"));
            assertThat(login.uri().getPath()).as("Keycloak's login page").contains("/realms/moteplass/");
            browser.open(browser.login(login, "demo-coordinator-hf", "demo"));

            assertThat(api(browser, "GET").statusCode()).as("the session alone is enough").isEqualTo(200);
            assertThat(api(browser, "POST").statusCode()).as("a change without the CSRF token").isEqualTo(403);

            HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(GATEWAY.resolve("/logout"))
                    .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            String endSession = logout.headers().firstValue("Location").orElseThrow();
            assertThat(endSession).contains("/realms/moteplass/protocol/openid-connect/logout", "id_token_hint=");
            browser.open(URI.create(endSession));

            assertThat(api(browser, "GET").statusCode()).as("the gateway session is gone").isEqualTo(401);
            HttpResponse<String> again = browser.open(GATEWAY.resolve("/oauth2/authorization/keycloak"));
            assertThat(again.body()).as("Keycloak asks who you are again").contains("name=\"username\"");
        }
    }

    private static HttpResponse<String> api(Browser browser, String method) throws Exception {
        return browser.send(HttpRequest.newBuilder(GATEWAY.resolve("/api/teams/teams"))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}")).build());
    }
}
