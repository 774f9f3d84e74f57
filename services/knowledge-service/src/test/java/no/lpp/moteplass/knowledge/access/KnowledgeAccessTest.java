package no.lpp.moteplass.knowledge.access;

import static no.lpp.moteplass.knowledge.KnowledgeFixture.HF;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.KOMMUNE;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.summary;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.knowledge.KnowledgeFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Who may do what in the knowledge service, cell by cell: each demo identity against each endpoint, for a meeting of
 * a demo-hf team (led by demo-facilitator-hf and a colleague) whose insight is addressed to demo-hf only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class KnowledgeAccessTest extends ServiceTest {

    KnowledgeFixture fixture;
    static KnowledgeFixture.Team team;
    static UUID published;
    static String followUp;

    @BeforeEach
    void setUp() {
        fixture = new KnowledgeFixture(jdbc, kafka);
        if (team == null || jdbc.sql("select count(*) from known_team where id = ?").param(team.id())
                .query(Long.class).single() == 0) {
            fixture.partners();
            team = fixture.team(HF, KnowledgeFixture.COORDINATOR_HF_USER);
            published = fixture.heldMeeting(team);
            KnowledgeFixture.writeApproveAndPublish(api, published, summary("Bedre informasjon til pårørende.", HF));
            followUp = jdbc.sql("""
                    select f.id::text from follow_up f join insight i on i.id = f.insight_id
                    join summary s on s.id = i.summary_id where s.meeting_id = ?""").param(published)
                    .query(String.class).single();
        }
    }

    @ParameterizedTest(name = "{0} writes a summary of a demo-hf meeting: {1}")
    @CsvSource({
            "demo-facilitator-hf, 200", "demo-coordinator-hf, 200", "demo-lpp-admin, 403", "demo-lpp-trainer, 403",
            "demo-coordinator-kommune, 403", "demo-facilitator-kommune, 403", "demo-hf-intranet, 403"})
    void writingAndApproving(String who, int expected) {
        UUID meeting = fixture.heldMeeting(team);
        String path = "/api/knowledge/meetings/" + meeting + "/summary";

        Api.Response written = api.put(path, token(who), null, Api.json(summary("Innspill", HF)));
        assertThat(written.status()).isEqualTo(expected);
        if (expected != 200) {
            api.put(path, token("demo-facilitator-hf"), null, Api.json(summary("Innspill", HF)));
        }
        String etag = api.get(path, token("demo-lpp-admin")).header("ETag").orElseThrow();
        assertThat(api.postEmpty(path + "/approvals", token(who), etag).status()).isEqualTo(expected);
        assertThat(api.postEmpty(path + "/publication", token(who), etag).status())
                .as("those allowed sent the version before their approval: stale").isEqualTo(expected == 200 ? 412 : 403);
    }

    @ParameterizedTest(name = "{0} reads the summary, feedback and form of a demo-hf meeting: {1}")
    @CsvSource({
            "demo-lpp-admin, 200", "demo-facilitator-hf, 200", "demo-coordinator-hf, 200", "demo-lpp-trainer, 403",
            "demo-coordinator-kommune, 403", "demo-facilitator-kommune, 403", "demo-hf-intranet, 403"})
    void readingAMeetingsKnowledge(String who, int expected) {
        String token = token(who);
        String meeting = "/api/knowledge/meetings/" + published;

        assertThat(List.of(api.get(meeting + "/summary", token).status(), api.get(meeting + "/feedback", token).status(),
                api.get(meeting + "/feedback-form", token).status())).containsOnly(expected);
    }

    @ParameterizedTest(name = "{0} sees and moves a follow-up addressed to demo-hf: {1}")
    @CsvSource({
            "demo-lpp-admin, 200", "demo-coordinator-hf, 200", "demo-hf-intranet, 200", "demo-facilitator-hf, 403",
            "demo-lpp-trainer, 403", "demo-coordinator-kommune, 403", "demo-facilitator-kommune, 403"})
    void followingUp(String who, int expected) {
        String token = token(who);

        Api.Response read = api.get("/api/knowledge/follow-ups/" + followUp, token);
        Api.Response listed = api.get("/api/knowledge/follow-ups?size=200", token);
        String etag = api.get("/api/knowledge/follow-ups/" + followUp, token("demo-lpp-admin")).header("ETag")
                .orElseThrow();
        Api.Response moved = api.postWithIfMatch("/api/knowledge/follow-ups/" + followUp + "/status", token, etag,
                Api.json(Map.of("status", "NOT_PURSUED", "reason", "Prøver ikke")));

        assertThat(read.status()).isEqualTo(expected);
        assertThat(listed.body().contains(followUp)).isEqualTo(expected == 200);
        assertThat(moved.status()).as("allowed callers get as far as the rules: RECEIVED cannot go to NOT_PURSUED")
                .isEqualTo(expected == 200 ? 422 : 403);
    }

    @ParameterizedTest(name = "{0} reads reports (national, demo-hf, its team, annual PDF): {1} {2} {3} {4}")
    @CsvSource({
            "demo-lpp-admin, 200, 200, 200, 200", "demo-coordinator-hf, 403, 200, 200, 403",
            "demo-coordinator-kommune, 403, 403, 403, 403", "demo-facilitator-hf, 403, 403, 403, 403",
            "demo-lpp-trainer, 403, 403, 403, 403", "demo-hf-intranet, 403, 403, 403, 403"})
    void reports(String who, int national, int organisation, int ownTeam, int annual) {
        String token = token(who);

        assertThat(api.get("/api/knowledge/reports", token).status()).isEqualTo(national);
        assertThat(api.get("/api/knowledge/reports?level=ORGANIZATION&organizationId=" + HF, token).status())
                .isEqualTo(organisation);
        assertThat(api.get("/api/knowledge/reports?level=TEAM&teamId=" + team.id(), token).status()).isEqualTo(ownTeam);
        assertThat(api.get("/api/knowledge/reports/annual/2026.pdf", token).status()).isEqualTo(annual);
    }

    @ParameterizedTest(name = "{0} maintains the tag taxonomy and reads the audit log: {1}")
    @CsvSource({
            "demo-lpp-admin, true", "demo-lpp-trainer, false", "demo-coordinator-hf, false",
            "demo-facilitator-hf, false", "demo-coordinator-kommune, false", "demo-hf-intranet, false"})
    void adminOnly(String who, boolean allowed) {
        String token = token(who);
        String code = "TAG_" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();

        assertThat(api.post("/api/knowledge/tags", token, Api.json(Map.of("code", code, "label", "Ny knagg")))
                .status()).isEqualTo(allowed ? 201 : 403);
        assertThat(api.put("/api/knowledge/tags/OPENNESS", token, null, Api.json(Map.of("label", "Åpenhet")))
                .status()).isEqualTo(allowed ? 200 : 403);
        assertThat(api.get("/api/knowledge/audit", token).status()).isEqualTo(allowed ? 200 : 403);
        assertThat(api.get("/api/knowledge/tags", token).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "a follow-up addressed to demo-kommune is hidden from {0}")
    @CsvSource({"demo-coordinator-hf", "demo-hf-intranet"})
    void anotherOrganisationsFollowUpIsHidden(String who) {
        UUID meeting = fixture.heldMeeting(team);
        KnowledgeFixture.writeApproveAndPublish(api, meeting, summary("Til kommunen.", KOMMUNE));
        String kommuneItem = jdbc.sql("""
                select f.id::text from follow_up f join insight i on i.id = f.insight_id
                join summary s on s.id = i.summary_id where s.meeting_id = ?""").param(meeting).query(String.class)
                .single();

        assertThat(api.get("/api/knowledge/follow-ups?size=200", token(who)).body()).doesNotContain(kommuneItem);
        assertThat(api.get("/api/knowledge/follow-ups/" + kommuneItem, token(who)).status()).isEqualTo(403);
        assertThat(api.get("/api/knowledge/follow-ups/" + kommuneItem, token("demo-coordinator-kommune")).status())
                .isEqualTo(200);
    }
}
