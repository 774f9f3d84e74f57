package no.lpp.moteplass.team.organization;

import static no.lpp.moteplass.team.organization.PartnershipEvents.organization;
import static no.lpp.moteplass.team.organization.PartnershipEvents.record;
import static no.lpp.moteplass.team.organization.PartnershipEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OrganizationReadModelTest extends ServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    String token;

    @BeforeEach
    void setUp() {
        token = Keycloak.shared().token("demo-coordinator-hf");
    }

    @Test
    void aRegisteredOrganizationAppearsInTheReadModel() {
        UUID id = UUID.randomUUID();

        Kafka.send(kafka, registered(UUID.randomUUID().toString(), organization(id, "Helse Vest Demo HF"), Instant.now()));

        await().atMost(PATIENCE).untilAsserted(() -> {
            Api.Response response = api.get("/api/teams/organizations/" + id, token);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("name").asString()).isEqualTo("Helse Vest Demo HF");
            assertThat(response.json().get("region").asString()).isEqualTo("VEST");
        });
    }

    @Test
    void aDeactivatedOrganizationStaysButIsMarkedInactive() {
        UUID id = UUID.randomUUID();
        Instant registered = Instant.now();
        Kafka.send(kafka, registered(UUID.randomUUID().toString(), organization(id, "Snart nedlagt DPS"), registered));
        Kafka.send(kafka, PartnershipEvents.deactivated(UUID.randomUUID().toString(), organization(id, "Snart nedlagt DPS"),
                registered.plusSeconds(1)));

        await().atMost(PATIENCE).untilAsserted(() -> {
            Api.Response response = api.get("/api/teams/organizations/" + id, token);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("active").asBoolean()).isFalse();
        });
    }

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Instant time = Instant.now();
        Kafka.send(kafka, registered(eventId, organization(id, "First"), time));
        awaitName(id, "First");

        // Same event id again, with a later time and another name: a redelivery must not change anything.
        Kafka.send(kafka, registered(eventId, organization(id, "Changed on redelivery"), time.plusSeconds(60)));
        UUID marker = UUID.randomUUID();
        Kafka.send(kafka, registered(UUID.randomUUID().toString(), organization(marker, "Marker"), Instant.now()));
        awaitName(marker, "Marker");

        assertThat(nameOf(id)).isEqualTo("First");
        assertThat(jdbc.sql("select count(*) from inbox_processed_event where event_id = ?").param(eventId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOlderEventNeverOverwritesNewerState() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        Kafka.send(kafka, registered(UUID.randomUUID().toString(), organization(id, "Newer name"), now));
        awaitName(id, "Newer name");

        Kafka.send(kafka, registered(UUID.randomUUID().toString(), organization(id, "Older name"), now.minusSeconds(3600)));
        UUID marker = UUID.randomUUID();
        Kafka.send(kafka, registered(UUID.randomUUID().toString(), organization(marker, "Marker"), Instant.now()));
        awaitName(marker, "Marker");

        assertThat(nameOf(id)).isEqualTo("Newer name");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndDoNotBlockTheRest() {
        String key = UUID.randomUUID().toString();
        Kafka.send(kafka, record(UUID.randomUUID().toString(), "moteplass.partnership.organization.registered.v1",
                key, "{not json", Instant.now()));
        Kafka.send(kafka, record(null, "moteplass.partnership.organization.registered.v1", key + "-noid", "{}",
                Instant.now()));

        assertThat(Kafka.awaitRecord(kafka, Topics.deadLetter(Topics.PARTNERSHIP_ORGANIZATION),
                dead -> key.equals(dead.key()), PATIENCE)).isPresent();
        assertThat(Kafka.awaitRecord(kafka, Topics.deadLetter(Topics.PARTNERSHIP_ORGANIZATION),
                dead -> (key + "-noid").equals(dead.key()), PATIENCE)).isPresent();
        UUID after = UUID.randomUUID();
        Kafka.send(kafka, registered(UUID.randomUUID().toString(), organization(after, "After the poison"), Instant.now()));
        awaitName(after, "After the poison");
    }

    @Test
    void eventTypesThisVersionDoesNotKnowAreSkipped() {
        UUID id = UUID.randomUUID();
        Kafka.send(kafka, record(UUID.randomUUID().toString(), "moteplass.partnership.organization.renamed.v9",
                id.toString(), "{\"organizationId\":\"" + id + "\"}", Instant.now()));
        UUID marker = UUID.randomUUID();
        Kafka.send(kafka, registered(UUID.randomUUID().toString(), organization(marker, "Marker"), Instant.now()));
        awaitName(marker, "Marker");

        assertThat(api.get("/api/teams/organizations/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void theReadModelIsReadOnlyAndNeedsAToken() {
        assertThat(api.get("/api/teams/organizations", null).status()).isEqualTo(401);
        assertThat(api.post("/api/teams/organizations", token, "{}").status()).isEqualTo(405);
    }

    private void awaitName(UUID id, String name) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(nameOf(id)).isEqualTo(name));
    }

    private String nameOf(UUID id) {
        return jdbc.sql("select name from known_organization where id = ?").param(id).query(String.class)
                .optional().orElse(null);
    }
}
