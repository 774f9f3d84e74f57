package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm import gives every demo identity the role and organisation the services rely on. */
class TokensIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({
            "demo-lpp-admin, lpp-admin, lpp",
            "demo-lpp-trainer, lpp-trainer, lpp",
            "demo-coordinator-hf, coordinator, demo-hf",
            "demo-facilitator-hf, facilitator, demo-hf",
            "demo-coordinator-kommune, coordinator, demo-kommune",
            "demo-facilitator-kommune, facilitator, demo-kommune"})
    void demoUsersCarryTheirRoleAndOrganization(String user, String role, String organization) {
        JsonNode claims = claims(Keycloak.shared().token(user));

        assertThat(claims.get("realm_access").get("roles").valueStream().map(JsonNode::asString)).contains(role);
        assertThat(claims.get("organization").valueStream().map(JsonNode::asString)).containsExactly(organization);
        assertThat(claims.get("aud").toString()).contains("moteplass-api");
        assertThat(claims.get("iss").asString()).isEqualTo(Keycloak.issuerUri());
    }

    @org.junit.jupiter.api.Test
    void theIntranetClientIsAnIntegrationOfItsHealthTrust() {
        JsonNode claims = claims(Keycloak.shared().clientToken("demo-hf-intranet", "demo-intranet-secret"));

        assertThat(claims.get("realm_access").get("roles").valueStream().map(JsonNode::asString))
                .contains("integration").doesNotContain("lpp-admin", "coordinator");
        assertThat(claims.get("organization").valueStream().map(JsonNode::asString)).containsExactly("demo-hf");
    }

    private static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
