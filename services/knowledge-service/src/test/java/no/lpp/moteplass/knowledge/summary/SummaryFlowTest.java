package no.lpp.moteplass.knowledge.summary;

import static no.lpp.moteplass.knowledge.KnowledgeFixture.HF;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.KOMMUNE;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.summary;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.knowledge.KnowledgeFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** From a held meeting to insights followed up by the organisations they were addressed to. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class SummaryFlowTest extends ServiceTest {

    KnowledgeFixture fixture;
    KnowledgeFixture.Team team;

    @BeforeEach
    void setUp() {
        fixture = new KnowledgeFixture(jdbc, kafka);
        fixture.partners();
        team = fixture.team(HF);
    }

    @Test
    void aSummaryIsPublishedOnlyWithBothFacilitatorsApprovalAndAnEditTakesApprovalsBack() {
        UUID meeting = fixture.heldMeeting(team);
        String path = "/api/knowledge/meetings/" + meeting + "/summary";
        String facilitator = token("demo-facilitator-hf");
        String other = token("demo-coordinator-hf");

        Api.Response written = api.put(path, facilitator, null, Api.json(summary("Skolen bør vite mer.", HF)));
        Api.Response oneApproval = api.postEmpty(path + "/approvals", facilitator, etag(written));
        Api.Response tooEarly = api.postEmpty(path + "/publication", facilitator, etag(oneApproval));
        Api.Response bothApproved = api.postEmpty(path + "/approvals", other, etag(oneApproval));
        Api.Response edited = api.put(path, other, etag(bothApproved), Api.json(summary("Skolen bør vite mye mer.",
                HF)));
        Api.Response afterEdit = api.postEmpty(path + "/publication", facilitator, etag(edited));

        assertThat(written.status()).isEqualTo(200);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().get("detail").asString()).contains("Begge fasilitatorene");
        assertThat(bothApproved.json().get("approvedBy")).hasSize(2);
        assertThat(edited.json().get("approvedBy")).as("an edit takes the approvals back").isEmpty();
        assertThat(afterEdit.status()).isEqualTo(422);

        Api.Response again = api.postEmpty(path + "/approvals", facilitator, etag(edited));
        Api.Response published = api.postEmpty(path + "/publication", facilitator,
                etag(api.postEmpty(path + "/approvals", other, etag(again))));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void publishingIsRefusedNamingAPhoneNumberOrOtherIdentifier() {
        UUID meeting = fixture.heldMeeting(team);

        Api.Response refused = KnowledgeFixture.writeApproveAndPublish(api, meeting,
                summary("Mor til en gutt (ring 912 34 567) savnet informasjon fra DPS.", HF));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("«912 34 567» (telefonnummer) i innsikt 1");
        assertThat(jdbc.sql("""
                select count(*) from follow_up f join insight i on i.id = f.insight_id
                join summary s on s.id = i.summary_id where s.meeting_id = ?""").param(meeting).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select status from summary where meeting_id = ?").param(meeting).query(String.class)
                .single()).isEqualTo("DRAFT");
    }

    @Test
    void publishingRoutesEachInsightToEveryTargetOrganisationAndAnnouncesItWithoutPersonalData() {
        UUID meeting = fixture.heldMeeting(team);

        Api.Response published = KnowledgeFixture.writeApproveAndPublish(api, meeting,
                summary("Pårørende ønsker én fast kontaktperson i DPS og skolen.", HF, KOMMUNE));

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        String insight = published.json().get("insights").get(0).get("id").asString();
        assertThat(jdbc.sql("select organization_id from follow_up where insight_id = cast(? as uuid)").param(insight)
                .query(UUID.class).list()).containsExactlyInAnyOrder(HF, KOMMUNE);
        var announced = Kafka.awaitRecord(kafka, Topics.KNOWLEDGE_INSIGHT, r -> insight.equals(r.key()),
                Duration.ofSeconds(20)).orElseThrow();
        assertThat(announced.value()).contains("fast kontaktperson", meeting.toString())
                .doesNotContain("demo-facilitator", "@");
        assertThat(Kafka.awaitRecord(kafka, Topics.KNOWLEDGE_FOLLOW_UP, r -> r.value().contains(insight)
                && r.value().contains(KOMMUNE.toString()), Duration.ofSeconds(20))).isPresent();
    }

    @Test
    void onlyTheMeetingsFacilitatorsWriteItsSummaryAndOnlyAfterItIsHeld() {
        UUID meeting = fixture.heldMeeting(team);
        String path = "/api/knowledge/meetings/" + meeting + "/summary";

        assertThat(api.put(path, token("demo-facilitator-kommune"), null, Api.json(summary("Tekst", HF))).status())
                .isEqualTo(403);
        assertThat(api.put(path, token("demo-lpp-admin"), null, Api.json(summary("Tekst", HF))).status())
                .isEqualTo(403);
        assertThat(api.put(path, token("demo-facilitator-hf"), null, Api.json(summary("Tekst",
                UUID.randomUUID()))).status()).as("an unknown target").isEqualTo(422);
        assertThat(api.put("/api/knowledge/meetings/" + UUID.randomUUID() + "/summary", token("demo-facilitator-hf"),
                null, Api.json(summary("Tekst", HF))).status()).isEqualTo(404);
    }

    @Test
    void theTargetOrganisationMovesItsFollowUpAlongAndNobodyElseSeesIt() {
        UUID meeting = fixture.heldMeeting(team);
        String insight = KnowledgeFixture.writeApproveAndPublish(api, meeting,
                summary("Kommunen bør tilby pårørendekurs.", HF, KOMMUNE)).json().get("insights").get(0).get("id")
                .asString();
        String hfItem = followUp(insight, HF);
        String kommuneItem = followUp(insight, KOMMUNE);
        String hfCoordinator = token("demo-coordinator-hf");
        String kommuneCoordinator = token("demo-coordinator-kommune");

        assertThat(ids(api.get("/api/knowledge/follow-ups?size=200", kommuneCoordinator)))
                .contains(kommuneItem).doesNotContain(hfItem);
        assertThat(api.get("/api/knowledge/follow-ups/" + hfItem, kommuneCoordinator).status()).isEqualTo(403);
        assertThat(move(hfItem, kommuneCoordinator, Map.of("status", "ACKNOWLEDGED")).status()).isEqualTo(403);

        Api.Response acknowledged = move(hfItem, hfCoordinator, Map.of("status", "ACKNOWLEDGED"));
        Api.Response incomplete = move(hfItem, hfCoordinator, Map.of("status", "ACTION_PLANNED", "action", "Kurs"));
        Api.Response planned = move(hfItem, token("demo-hf-intranet"), Map.of("status", "ACTION_PLANNED",
                "action", "Tilby pårørendekurs to ganger i året", "responsibleRole", "Avdelingsleder DPS",
                "dueDate", LocalDate.now().minusDays(1).toString()));
        JsonNode overdue = api.get("/api/knowledge/follow-ups/" + hfItem, hfCoordinator).json();
        Api.Response implemented = move(hfItem, hfCoordinator, Map.of("status", "IMPLEMENTED"));
        Api.Response backwards = move(hfItem, hfCoordinator, Map.of("status", "ACKNOWLEDGED"));

        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(planned.status()).as("the intranet client of the organisation").isEqualTo(200);
        assertThat(overdue.get("followUp").get("overdue").asBoolean()).isTrue();
        assertThat(implemented.status()).isEqualTo(200);
        assertThat(backwards.status()).isEqualTo(422);
        JsonNode history = api.get("/api/knowledge/follow-ups/" + hfItem, hfCoordinator).json().get("history");
        assertThat(history.valueStream().map(change -> change.get("change").asString()).toList())
                .containsExactly("RECEIVED", "ACKNOWLEDGED", "ACTION_PLANNED", "IMPLEMENTED");
    }

    private Api.Response move(String followUp, String token, Map<String, Object> step) {
        String etag = api.get("/api/knowledge/follow-ups/" + followUp, token("demo-lpp-admin")).header("ETag")
                .orElseThrow();
        return api.postWithIfMatch("/api/knowledge/follow-ups/" + followUp + "/status", token, etag, Api.json(step));
    }

    private String followUp(String insight, UUID organization) {
        return jdbc.sql("select id::text from follow_up where insight_id = cast(? as uuid) and organization_id = ?")
                .params(insight, organization).query(String.class).single();
    }

    private static List<String> ids(Api.Response page) {
        return page.json().get("items").valueStream().map(item -> item.get("followUp").get("id").asString()).toList();
    }

    private static String etag(Api.Response response) {
        return response.header("ETag").orElseThrow();
    }
}
