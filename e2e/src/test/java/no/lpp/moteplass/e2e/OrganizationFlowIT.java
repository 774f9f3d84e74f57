package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The architecture's first slice, end to end through the gateway with real Keycloak tokens. */
@ExtendWith(RunningPlatform.class)
class OrganizationFlowIT {

    private static final String ORGANIZATIONS = "/api/partnerships/organizations";

    Api gateway;

    @BeforeEach
    void setUp() {
        gateway = new Api(RunningPlatform.gateway());
    }

    @Test
    void anOrganizationRegisteredByLppReachesTheTeamServiceThroughKafka() {
        String admin = Keycloak.shared().token("demo-lpp-admin");
        String name = "Helse Demo HF " + UUID.randomUUID().toString().substring(0, 8);

        Api.Response created = gateway.post(ORGANIZATIONS, admin,
                Api.json(Map.of("name", name, "type", "HEALTH_TRUST", "region", "MIDT", "organizationNumber", "983974724")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String coordinator = Keycloak.shared().token("demo-coordinator-hf");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Api.Response seen = gateway.get("/api/teams/organizations/" + id, coordinator);
            assertThat(seen.status()).isEqualTo(200);
            assertThat(seen.json().get("name").asString()).isEqualTo(name);
            assertThat(seen.json().get("region").asString()).isEqualTo("MIDT");
        });
    }

    @Test
    void aCoordinatorIsForbiddenToRegisterOrganizations() {
        String coordinator = Keycloak.shared().token("demo-coordinator-hf");

        Api.Response response = gateway.post(ORGANIZATIONS, coordinator,
                Api.json(Map.of("name", "Uautorisert HF", "type", "HEALTH_TRUST")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        Api.Response response = gateway.post(ORGANIZATIONS, null, Api.json(Map.of("name", "Anonym", "type", "DPS")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMalformedBodyIs400WithAProblemDetailAndNothingIsStored() {
        String admin = Keycloak.shared().token("demo-lpp-admin");
        long before = gateway.get(ORGANIZATIONS, admin).json().get("totalItems").asLong();

        Api.Response broken = gateway.post(ORGANIZATIONS, admin, "{\"name\": \"Halvferdig");
        Api.Response invalid = gateway.post(ORGANIZATIONS, admin, Api.json(Map.of("name", "", "type", "DPS")));

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(gateway.get(ORGANIZATIONS, admin).json().get("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void aHospitalIntranetTokenIsValidButNarrow() {
        String intranet = Keycloak.shared().clientToken("demo-hf-intranet", "demo-intranet-secret");

        assertThat(gateway.get("/api/teams/organizations", intranet).status()).isEqualTo(200);
        assertThat(gateway.get(ORGANIZATIONS, intranet).status()).isEqualTo(403);
        assertThat(gateway.post(ORGANIZATIONS, intranet, Api.json(Map.of("name", "X", "type", "DPS"))).status())
                .isEqualTo(403);
    }

    @Test
    void unknownPathsThroughTheGatewayAreProblemDetails() {
        Api.Response response = gateway.get("/api/unknown-service/things", Keycloak.shared().token("demo-lpp-admin"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
