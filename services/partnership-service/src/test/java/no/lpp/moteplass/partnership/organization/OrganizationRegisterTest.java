package no.lpp.moteplass.partnership.organization;

import static no.lpp.moteplass.partnership.organization.OrganizationRequests.dpsUnder;
import static no.lpp.moteplass.partnership.organization.OrganizationRequests.healthTrust;
import static no.lpp.moteplass.partnership.organization.OrganizationRequests.municipality;
import static no.lpp.moteplass.partnership.organization.OrganizationRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OrganizationRegisterTest extends ServiceTest {

    private static final String PATH = "/api/partnerships/organizations";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    String admin;

    @BeforeEach
    void setUp() {
        admin = Keycloak.shared().token("demo-lpp-admin");
    }

    @Test
    void lppAdminRegistersAnOrganizationThatCanBeReadBack() {
        Map<String, Object> body = with(healthTrust(), "organizationNumber", "974760673");

        Api.Response created = api.post(PATH, admin, Api.json(body));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).contains(PATH + "/" + id);
        assertThat(created.header("ETag")).contains("\"0\"");
        Api.Response one = api.get(PATH + "/" + id, admin);
        assertThat(one.json().get("name").asString()).isEqualTo(body.get("name"));
        assertThat(one.json().get("organizationNumber").asString()).isEqualTo("974760673");
        assertThat(one.json().get("address").get("city").asString()).isEqualTo("Bergen");
        assertThat(one.json().get("contacts").get(0).get("role").asString()).isEqualTo("MØTEPLASS-koordinator");
        assertThat(one.json().get("active").asBoolean()).isTrue();
        JsonNode page = api.get(PATH + "?size=200&type=HEALTH_TRUST", admin).json();
        assertThat(page.get("items").valueStream().map(item -> item.get("id").asString())).contains(id);
        assertThat(page.get("items").valueStream().map(item -> item.get("type").asString())).containsOnly("HEALTH_TRUST");
    }

    @Test
    void eachChangePublishesOneEventWithTheFullStateAndCloudEventsHeaders() {
        Api.Response created = api.post(PATH, admin, Api.json(healthTrust()));
        String id = created.json().get("id").asString();
        Api.Response changed = api.put(PATH + "/" + id, admin, created.header("ETag").orElseThrow(),
                Api.json(with(healthTrust(), "name", "Nytt navn HF")));
        api.postEmpty(PATH + "/" + id + "/deactivation", admin, changed.header("ETag").orElseThrow());

        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        Kafka.awaitRecord(kafka, Topics.PARTNERSHIP_ORGANIZATION, record -> {
            if (id.equals(record.key())) {
                events.add(record);
            }
            return false; // read everything there is within the time
        }, Duration.ofSeconds(5));

        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactly(
                "moteplass.partnership.organization.registered.v1",
                "moteplass.partnership.organization.changed.v1",
                "moteplass.partnership.organization.deactivated.v1");
        assertThat(events).extracting(record -> header(record, "ce_id")).doesNotHaveDuplicates();
        ConsumerRecord<String, String> last = events.getLast();
        assertThat(header(last, "ce_source")).isEqualTo("/moteplass/partnership-service");
        assertThat(header(last, "ce_specversion")).isEqualTo("1.0");
        JsonNode state = JSON.readTree(last.value());
        assertThat(state.get("name").asString()).isEqualTo("Nytt navn HF");
        assertThat(state.get("active").asBoolean()).isFalse();
        assertThat(last.value()).as("contact persons stay in the service").doesNotContain("Kari", "contacts");
    }

    /** The outbox keeps the request's trace and the relay sends the event in it, so consumers join the same trace. */
    @Test
    void anEventCarriesTheTraceOfTheRequestThatCausedIt() {
        String trace = "0af7651916cd43dd8448eb211c80319c";
        String id = api.postWithHeader(PATH, admin, Api.json(healthTrust()), "traceparent",
                "00-" + trace + "-b7ad6b7169203331-01").json().get("id").asString();
        String untraced = api.post(PATH, admin, Api.json(healthTrust())).json().get("id").asString();

        Map<String, String> traceparents = new java.util.HashMap<>();
        Kafka.awaitRecord(kafka, Topics.PARTNERSHIP_ORGANIZATION, record -> {
            if (id.equals(record.key()) || untraced.equals(record.key())) {
                traceparents.put(record.key(), header(record, "traceparent"));
            }
            return traceparents.size() == 2;
        }, Duration.ofSeconds(20));

        assertThat(traceparents.get(id)).matches("00-" + trace + "-[0-9a-f]{16}-01")
                .as("the relay's send is a span of its own").doesNotContain("b7ad6b7169203331");
        assertThat(traceparents.get(untraced)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").doesNotContain(trace);
    }

    @Test
    void aStaleUpdateIs412AndAMissingIfMatchIs428() {
        Api.Response created = api.post(PATH, admin, Api.json(healthTrust()));
        String id = created.json().get("id").asString();
        String etag = created.header("ETag").orElseThrow();
        assertThat(api.put(PATH + "/" + id, admin, etag, Api.json(with(healthTrust(), "name", "Første endring")))
                .status()).isEqualTo(200);

        Api.Response stale = api.put(PATH + "/" + id, admin, etag, Api.json(with(healthTrust(), "name", "Andre endring")));
        Api.Response blind = api.put(PATH + "/" + id, admin, null, Api.json(with(healthTrust(), "name", "Blind endring")));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(blind.status()).isEqualTo(428);
        assertThat(api.get(PATH + "/" + id, admin).json().get("name").asString()).isEqualTo("Første endring");
    }

    @Test
    void cyclesInTheHierarchyAreRefused() {
        Api.Response trust = api.post(PATH, admin, Api.json(healthTrust()));
        String trustId = trust.json().get("id").asString();
        String dpsId = api.post(PATH, admin, Api.json(dpsUnder(trustId))).json().get("id").asString();

        Api.Response underItsOwnChild = api.put(PATH + "/" + trustId, admin, trust.header("ETag").orElseThrow(),
                Api.json(with(healthTrust(), "parentId", dpsId)));
        Api.Response underItself = api.put(PATH + "/" + trustId, admin, trust.header("ETag").orElseThrow(),
                Api.json(with(healthTrust(), "parentId", trustId)));

        assertThat(underItsOwnChild.status()).isEqualTo(422);
        assertThat(underItself.status()).isEqualTo(422);
        assertThat(api.get(PATH + "/" + trustId, admin).json().has("parentId")).isFalse();
    }

    @Test
    void aMunicipalityNeedsItsMunicipalityNumberAndOthersHaveNone() {
        assertThat(api.post(PATH, admin, Api.json(municipality("4601"))).status()).isEqualTo(201);
        assertThat(api.post(PATH, admin, Api.json(with(municipality("4601"), "municipalityNumber", null))).status())
                .isEqualTo(422);
        assertThat(api.post(PATH, admin, Api.json(with(healthTrust(), "municipalityNumber", "4601"))).status())
                .isEqualTo(422);
        assertThat(api.post(PATH, admin, Api.json(municipality("46"))).status()).isEqualTo(400);
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        long before = count("organization");
        long eventsBefore = count("outbox_event");
        Map<String, Object> body = with(with(with(healthTrust(), "name", " "), "organizationNumber", "974760674"),
                "contacts", List.of(Map.of("name", "Ola", "email", "ikke-en-adresse")));

        Api.Response response = api.post(PATH, admin, Api.json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactly("contacts[0].email", "name", "organizationNumber");
        assertThat(count("organization")).isEqualTo(before);
        assertThat(count("outbox_event")).isEqualTo(eventsBefore);
    }

    @Test
    void malformedJsonIsABadRequest() {
        Api.Response truncated = api.post(PATH, admin, "{\"name\": \"Demo\", \"type\": \"HEALTH_TRUST\"");
        Api.Response unknownType = api.post(PATH, admin, "{\"name\": \"Demo\", \"type\": \"NOT_A_TYPE\"}");

        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.json().get("detail").asString()).contains("JSON");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(unknownType.json().get("errors").get(0).get("message").asString()).startsWith("må være en av:");
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
        Api.Response response = api.post(PATH, admin, Api.json(dpsUnder("6f1c2b1e-0000-4000-8000-000000000000")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).contains("finnes ikke");
    }

    @Test
    void deactivatedOrganizationsStayButCannotBeChanged() {
        Api.Response created = api.post(PATH, admin, Api.json(healthTrust()));
        String id = created.json().get("id").asString();

        Api.Response deactivated = api.postEmpty(PATH + "/" + id + "/deactivation", admin,
                created.header("ETag").orElseThrow());

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(api.get(PATH + "/" + id, admin).status()).isEqualTo(200);
        assertThat(api.get(PATH + "?active=false&size=200", admin).json().get("items").valueStream()
                .map(item -> item.get("id").asString())).contains(id);
        assertThat(api.put(PATH + "/" + id, admin, deactivated.header("ETag").orElseThrow(),
                Api.json(healthTrust())).status()).isEqualTo(422);
    }

    @Test
    void everyChangeIsKeptInTheHistoryWithWhoAndWhen() {
        Api.Response created = api.post(PATH, admin, Api.json(healthTrust()));
        String id = created.json().get("id").asString();
        api.put(PATH + "/" + id, admin, created.header("ETag").orElseThrow(), Api.json(with(healthTrust(), "name", "Omdøpt HF")));

        JsonNode history = api.get(PATH + "/" + id + "/history", admin).json();

        assertThat(history.valueStream().map(change -> change.get("change").asString()))
                .containsExactly("REGISTERED", "CHANGED");
        assertThat(history.get(1).get("details").get("name").asString()).isEqualTo("Omdøpt HF");
        assertThat(history.get(1).get("changedBy").asString()).isNotBlank();
        assertThat(history.get(1).get("changedAt").asString()).isNotBlank();
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
        assertThat(api.get(PATH + "/6f1c2b1e-0000-4000-8000-000000000000", admin).status()).isEqualTo(404);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
