package no.lpp.moteplass.partnership.organization;

import static no.lpp.moteplass.partnership.organization.OrganizationRequests.dpsUnder;
import static no.lpp.moteplass.partnership.organization.OrganizationRequests.healthTrust;
import static no.lpp.moteplass.partnership.organization.OrganizationRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OrganizationRegistrationTest {

    private static final String PATH = "/api/partnerships/organizations";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api("http://localhost:" + port);
        admin = Keycloak.shared().token("demo-lpp-admin");
    }

    @Test
    void lppAdminRegistersAnOrganizationThatCanBeReadBack() {
        Map<String, Object> body = with(healthTrust(), "organizationNumber", "974760673");

        Api.Response created = api.post(PATH, admin, Api.json(body));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).contains(PATH + "/" + id);
        JsonNode one = api.get(PATH + "/" + id, admin).json();
        assertThat(one.get("name").asString()).isEqualTo(body.get("name"));
        assertThat(one.get("organizationNumber").asString()).isEqualTo("974760673");
        assertThat(one.get("active").asBoolean()).isTrue();
        JsonNode page = api.get(PATH + "?size=200", admin).json();
        assertThat(page.get("items").valueStream().map(item -> item.get("id").asString())).contains(id);
        assertThat(page.get("totalItems").asLong()).isPositive();
    }

    @Test
    void publishesOrganizationRegisteredThroughTheOutboxWithCloudEventsHeaders() {
        String id = api.post(PATH, admin, Api.json(healthTrust())).json().get("id").asString();

        ConsumerRecord<String, String> record = Kafka.awaitRecord(kafka, Topics.PARTNERSHIP_ORGANIZATION,
                candidate -> id.equals(candidate.key()), Duration.ofSeconds(20)).orElseThrow();

        assertThat(header(record, "ce_type")).isEqualTo("moteplass.partnership.organization.registered.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/moteplass/partnership-service");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_time")).isNotBlank();
        JsonNode payload = JSON.readTree(record.value());
        assertThat(payload.get("organizationId").asString()).isEqualTo(id);
        assertThat(payload.has("registeredBy")).as("who registered it stays in the service").isFalse();
        assertThat(jdbc.sql("select count(*) from outbox_event where event_key = ? and published_at is not null")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCoordinatorMayNotRegister() {
        long before = organizationCount();

        Api.Response response = api.post(PATH, Keycloak.shared().token("demo-coordinator-hf"), Api.json(healthTrust()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(organizationCount()).isEqualTo(before);
    }

    @Test
    void anyoneWithoutATokenIsTurnedAway() {
        assertThat(api.post(PATH, null, Api.json(healthTrust())).status()).isEqualTo(401);
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        long before = organizationCount();
        long eventsBefore = outboxCount();
        Map<String, Object> body = with(with(healthTrust(), "name", " "), "organizationNumber", "974760674");

        Api.Response response = api.post(PATH, admin, Api.json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactly("name", "organizationNumber");
        assertThat(organizationCount()).isEqualTo(before);
        assertThat(outboxCount()).isEqualTo(eventsBefore);
    }

    @Test
    void malformedJsonIsABadRequest() {
        Api.Response response = api.post(PATH, admin, "{\"name\": \"Demo\", \"type\": \"NOT_A_TYPE\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("JSON");
    }

    @Test
    void namesAreUniqueUnderTheSameParent() {
        String parent = api.post(PATH, admin, Api.json(healthTrust())).json().get("id").asString();
        assertThat(api.post(PATH, admin, Api.json(dpsUnder(parent))).status()).isEqualTo(201);

        Api.Response duplicate = api.post(PATH, admin, Api.json(with(dpsUnder(parent), "name", "demo dps")));

        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void anUnknownParentIsRefused() {
        Api.Response response = api.post(PATH, admin,
                Api.json(dpsUnder("6f1c2b1e-0000-4000-8000-000000000000")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).contains("finnes ikke");
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
        Api.Response response = api.get(PATH + "/6f1c2b1e-0000-4000-8000-000000000000", admin);

        assertThat(response.status()).isEqualTo(404);
    }

    private long organizationCount() {
        return jdbc.sql("select count(*) from organization").query(Long.class).single();
    }

    private long outboxCount() {
        return jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
