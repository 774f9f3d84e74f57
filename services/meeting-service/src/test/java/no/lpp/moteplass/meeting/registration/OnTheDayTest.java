package no.lpp.moteplass.meeting.registration;

import static no.lpp.moteplass.meeting.MeetingFixture.admin;
import static no.lpp.moteplass.meeting.MeetingFixture.relative;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.meeting.MeetingFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The day of the meeting and after: participant list, check-in, held with counts, and erasure after retention. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OnTheDayTest extends ServiceTest {

    @Autowired
    Retention retention;

    MeetingFixture fixture;
    String meeting;
    String facilitator;

    @BeforeEach
    void setUp() {
        fixture = new MeetingFixture(api, jdbc, kafka);
        meeting = fixture.published(fixture.team("READY", true), 30);
        facilitator = Keycloak.shared().token("demo-facilitator-hf");
        register(relative("Mor Hansen", "mor@example.no"));
        Map<String, Object> sibling = relative("Bror Hansen", "bror@example.no");
        sibling.put("relation", "SIBLING");
        register(sibling);
        register(Map.of("category", "PROFESSIONAL", "sector", "NAV", "workplace", "NAV Bergen sentrum",
                "name", "Veileder Vik", "email", "vik@example.no", "consent", true));
    }

    @Test
    void theMeetingsFacilitatorReadsTheParticipantListAndEveryReadIsAudited() {
        Api.Response list = api.get("/api/meetings/meetings/" + meeting + "/participants?size=2", facilitator);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("totalItems").asInt()).isEqualTo(3);
        assertThat(list.json().get("items")).hasSize(2);
        assertThat(list.json().get("items").get(0).get("name").asString()).isEqualTo("Mor Hansen");
        assertThat(list.json().get("items").get(0).get("dietaryNeeds").asString()).isEqualTo("Glutenfri");
        var audit = jdbc.sql("""
                select subject, action, record_id::text from audit_log
                where record_id = cast(? as uuid) and action not like 'POST %'""").param(meeting).query().listOfRows();
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst()).containsEntry("subject", MeetingFixture.FACILITATOR_HF_USER.toString())
                .containsEntry("action", "PARTICIPANTS_READ");
        assertThat(audit.getFirst().values().toString()).doesNotContain("Hansen", "@example.no");
        Api.Response log = api.get("/api/meetings/audit?recordType=meeting&recordId=" + meeting, admin());
        assertThat(log.json().get("items").get(0).get("action").asString()).isEqualTo("PARTICIPANTS_READ");
        assertThat(api.get("/api/meetings/audit", facilitator).status()).isEqualTo(403);
    }

    @Test
    void everyWriteThroughTheApiIsAuditedWithIdsAndPatternsOnly() {
        var writes = jdbc.sql("""
                select subject, client, action, record_type, record_id from audit_log
                where record_id = cast(? as uuid) order by id""").param(meeting).query().listOfRows();

        assertThat(writes).extracting(row -> row.get("action")).containsExactly("POST /api/meetings/meetings",
                "POST /api/meetings/meetings/{id}/publication");
        assertThat(writes.getFirst()).containsEntry("subject", "00000000-0000-4000-8000-00000000a001")
                .containsEntry("client", "moteplass-dev").containsEntry("record_type", "meetings");
        assertThat(jdbc.sql("select count(*) from audit_log where action like '%registrations%'").query(Long.class)
                .single()).as("the public registrations have no caller to audit; they are not API writes").isZero();
    }

    @Test
    void markingTheMeetingHeldCountsTheCheckedInByCategoryAndRelationOrSectorPlusWalkIns() {
        List<String> ids = participantIds();
        assertThat(api.put(checkIn(ids.get(0)), facilitator, null, "").status()).isEqualTo(204);
        assertThat(api.put(checkIn(ids.get(2)), facilitator, null, "").status()).isEqualTo(204);
        assertThat(api.put(checkIn(ids.get(1)), facilitator, null, "").status()).isEqualTo(204);
        assertThat(api.delete(checkIn(ids.get(1)), facilitator, null).status()).isEqualTo(204);
        assertThat(api.put(checkIn(UUID.randomUUID().toString()), facilitator, null, "").status()).isEqualTo(404);

        Api.Response early = hold(List.of());
        assertThat(early.status()).isEqualTo(422);
        jdbc.sql("update meeting set starts_at = now() - interval '3 hours' where id = cast(? as uuid)")
                .param(meeting).update();
        Api.Response held = hold(List.of(Map.of("category", "RELATIVE", "group", "PARENT", "count", 2),
                Map.of("category", "PROFESSIONAL", "group", "GP", "count", 1)));

        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("meeting").get("status").asString()).isEqualTo("HELD");
        JsonNode attendance = api.get("/api/meetings/meetings/" + meeting + "/attendance", facilitator).json();
        assertThat(attendance.toString()).contains(
                "{\"category\":\"PROFESSIONAL\",\"group\":\"GP\",\"count\":1}",
                "{\"category\":\"PROFESSIONAL\",\"group\":\"NAV\",\"count\":1}",
                "{\"category\":\"RELATIVE\",\"group\":\"PARENT\",\"count\":3}").doesNotContain("SIBLING");
        var event = Kafka.awaitRecord(kafka, Topics.MEETINGS_MEETING, record -> meeting.equals(record.key())
                && record.value().contains("\"HELD\""), Duration.ofSeconds(20)).orElseThrow();
        assertThat(event.value()).contains("\"attendance\"", "\"PARENT\"").doesNotContain("Hansen", "example.no",
                "Glutenfri", "NAV Bergen sentrum");
    }

    @Test
    void personalDataIsErasedAfterTheRetentionPeriodWhileTheCountsRemain() {
        String other = fixture.published(fixture.team("READY", true), 30);
        api.post("/public/meetings/" + other + "/registrations", null, Api.json(relative("Ny Person", "ny@example.no")));
        jdbc.sql("update meeting set starts_at = now() - interval '29 days' where id = cast(? as uuid)")
                .param(other).update();
        jdbc.sql("update meeting set starts_at = now() - interval '31 days' where id = cast(? as uuid)")
                .param(meeting).update();

        int erased = retention.run();

        assertThat(erased).isEqualTo(3);
        var rows = jdbc.sql("""
                select category, relation, sector, name, email, mobile, workplace, dietary_needs, erased_at
                from registration where meeting_id = cast(? as uuid)""").param(meeting).query().listOfRows();
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("name")).isNull();
            assertThat(row.get("email")).isNull();
            assertThat(row.get("workplace")).isNull();
            assertThat(row.get("dietary_needs")).isNull();
            assertThat(row.get("erased_at")).isNotNull();
            assertThat(row.get("category")).isNotNull();
        });
        assertThat(rows).extracting(row -> row.get("relation")).containsExactlyInAnyOrder("PARENT", "SIBLING", null);
        assertThat(jdbc.sql("select count(*) from registration where meeting_id = cast(? as uuid) and name is not null")
                .param(other).query(Long.class).single()).as("a meeting 29 days ago keeps its data").isEqualTo(1);
        assertThat(retention.run()).as("nothing left to erase").isZero();
    }

    private void register(Map<String, Object> body) {
        Api.Response response = api.post("/public/meetings/" + meeting + "/registrations", null, Api.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private List<String> participantIds() {
        JsonNode items = api.get("/api/meetings/meetings/" + meeting + "/participants", admin()).json().get("items");
        return items.valueStream().map(item -> item.get("id").asString()).toList();
    }

    private String checkIn(String registration) {
        return "/api/meetings/meetings/" + meeting + "/participants/" + registration + "/check-in";
    }

    private Api.Response hold(List<Map<String, Object>> walkIns) {
        String etag = api.get("/api/meetings/meetings/" + meeting, admin()).header("ETag").orElseThrow();
        return api.postWithIfMatch("/api/meetings/meetings/" + meeting + "/held", facilitator, etag,
                Api.json(Map.of("walkIns", walkIns)));
    }
}
