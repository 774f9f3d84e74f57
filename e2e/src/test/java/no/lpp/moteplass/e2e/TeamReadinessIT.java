package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Across services, through the gateway: LPP signs an agreement with a health trust (partnership service), the teams
 * service learns of it through Kafka, the trust's coordinator forms a team, a trainer runs the courses and records
 * attendance, and the team turns READY.
 */
@ExtendWith(RunningPlatform.class)
class TeamReadinessIT {

    static final String BASIC = "7d0f6b2a-0000-4000-8000-000000000001";
    static final String FACILITATOR = "7d0f6b2a-0000-4000-8000-000000000002";

    final Api gateway = new Api(RunningPlatform.gateway());
    final String admin = Keycloak.shared().token("demo-lpp-admin");
    final String coordinator = Keycloak.shared().token("demo-coordinator-hf");
    final String trainer = Keycloak.shared().token("demo-lpp-trainer");

    @Test
    void aTrainerRunsTheCoursesAndTheTeamTurnsReady() {
        String lpp = created(gateway.post("/api/partnerships/organizations", admin,
                Api.json(Map.of("name", "LPP", "type", "LPP_NATIONAL", "identityAlias", "lpp"))));
        String hf = created(gateway.post("/api/partnerships/organizations", admin, Api.json(Map.of(
                "name", "Demo Helseforetak HF", "type", "HEALTH_TRUST", "region", "VEST", "identityAlias", "demo-hf"))));
        String agreement = created(gateway.post("/api/partnerships/agreements", admin, Api.json(Map.of(
                "title", "MØTEPLASS Demo HF", "startsOn", LocalDate.now().minusDays(1).toString(),
                "endsOn", LocalDate.now().plusYears(2).toString(),
                "parties", List.of(Map.of("organizationId", lpp, "role", "LPP"),
                        Map.of("organizationId", hf, "role", "PARTNER"))))));
        sign(agreement, lpp, admin);
        assertThat(sign(agreement, hf, coordinator).json().get("status").asString()).isEqualTo("ACTIVE");

        Map<String, Object> teamRequest = Map.of("name", "MØTEPLASS Bergen", "locality", "Bergen",
                "hostOrganizationIds", List.of(hf));
        String team = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.post("/api/teams/teams", coordinator, Api.json(teamRequest)), r -> r.status() == 201)
                .json().get("id").asString();
        String first = person("Fagperson En", hf);
        String second = person("Fagperson To", hf);
        String relative = gateway.post("/api/teams/persons", coordinator, Api.json(Map.of("name", "Pårørende")))
                .json().get("id").asString();
        join(team, first, "PROFESSIONAL");
        join(team, second, "PROFESSIONAL");
        join(team, relative, "RELATIVE");
        assertThat(teamStatus(team)).isEqualTo("FORMING");

        runSession(FACILITATOR, List.of(first, second));
        assertThat(teamStatus(team)).isEqualTo("FORMING");
        runSession(BASIC, List.of(relative));

        assertThat(teamStatus(team)).isEqualTo("READY");
    }

    private void runSession(String courseType, List<String> people) {
        String session = created(gateway.post("/api/teams/sessions", trainer, Api.json(Map.of("courseTypeId", courseType,
                "startsAt", Instant.now().toString(), "place", "LPP, Oslo", "trainer", "Demo Kursholder", "capacity", 12))));
        for (String person : people) {
            assertThat(gateway.post("/api/teams/sessions/" + session + "/enrolments", coordinator,
                    Api.json(Map.of("personId", person))).json().get("status").asString()).isEqualTo("ENROLLED");
        }
        assertThat(gateway.put("/api/teams/sessions/" + session + "/attendance", trainer, null,
                Api.json(Map.of("present", people))).status()).isEqualTo(200);
        assertThat(gateway.postEmpty("/api/teams/sessions/" + session + "/completion", trainer, null).json()
                .get("certified").asInt()).isEqualTo(people.size());
    }

    private Api.Response sign(String agreement, String organization, String token) {
        return gateway.post("/api/partnerships/agreements/" + agreement + "/signatures", token,
                Api.json(Map.of("organizationId", organization)));
    }

    private String person(String name, String organization) {
        return created(gateway.post("/api/teams/persons", coordinator,
                Api.json(Map.of("name", name, "organizationId", organization, "profession", "psykolog"))));
    }

    private void join(String team, String person, String kind) {
        String etag = gateway.get("/api/teams/teams/" + team, coordinator).header("ETag").orElseThrow();
        assertThat(gateway.postWithIfMatch("/api/teams/teams/" + team + "/members", coordinator, etag,
                Api.json(Map.of("personId", person, "kind", kind))).status()).isEqualTo(200);
    }

    private String teamStatus(String team) {
        return gateway.get("/api/teams/teams/" + team, coordinator).json().get("status").asString();
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
