package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens through the gateway to every service: a rotated realm key is picked up without restarting anything; an
 * expired token or one from another issuer is refused with 401.
 */
@ExtendWith(RunningPlatform.class)
class TokenRobustnessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ONE_PATH_PER_SERVICE = List.of("/api/partnerships/organizations",
            "/api/teams/teams", "/api/meetings/meetings", "/api/knowledge/follow-ups");

    final Api gateway = new Api(RunningPlatform.gateway());
    final Keycloak keycloak = Keycloak.shared();

    @Test
    void rotatingTheRealmsSigningKeyNeedsNoRestart() {
        String before = keycloak.token("demo-lpp-admin");
        ONE_PATH_PER_SERVICE.forEach(path -> assertThat(gateway.get(path, before).status()).isEqualTo(200));

        keycloak.rotateSigningKey();
        String after = keycloak.token("demo-lpp-admin");

        assertThat(keyId(after)).as("signed with the new key").isNotEqualTo(keyId(before));
        for (String path : ONE_PATH_PER_SERVICE) {
            assertThat(gateway.get(path, after).status()).as(path).isEqualTo(200);
            assertThat(gateway.get(path, before).status()).as("the old key still verifies " + path).isEqualTo(200);
        }
    }

    @Test
    void anExpiredTokenIsRefusedWith401() throws InterruptedException {
        String client = "expiry-probe-" + UUID.randomUUID();
        var created = keycloak.admin("POST", "/clients", JSON.writeValueAsString(Map.of("clientId", client,
                "publicClient", true, "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", "1"),
                "defaultClientScopes", List.of("roles", "basic", "organization"),
                "protocolMappers", List.of(Map.of("name", "moteplass-api audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                "included.custom.audience", "moteplass-api", "access.token.claim", "true"))))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = keycloak.token(client, "demo-lpp-admin");
        assertThat(gateway.get("/api/teams/teams", token).status()).as("valid for a second").isEqualTo(200);

        Thread.sleep(3_000);

        Api.Response expired = gateway.get("/api/teams/teams", token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedWith401() {
        String foreign = keycloak.masterAdminToken();

        ONE_PATH_PER_SERVICE.forEach(path -> assertThat(gateway.get(path, foreign).status()).isEqualTo(401));
    }

    private static String keyId(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return JSON.readTree(header).get("kid").asString();
    }
}
