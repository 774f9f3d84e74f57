package no.lpp.moteplass.meeting.access;

import static no.lpp.moteplass.meeting.MeetingFixture.HF;
import static no.lpp.moteplass.meeting.MeetingFixture.KOMMUNE;
import static no.lpp.moteplass.meeting.MeetingFixture.admin;
import static no.lpp.moteplass.meeting.MeetingFixture.relative;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.meeting.MeetingFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Who may do what in the meetings service, cell by cell: each demo identity against each endpoint, for a meeting of a
 * demo-hf team (led by demo-facilitator-hf) and of a demo-kommune team (led by demo-facilitator-kommune). Public
 * endpoints are covered where they are tested; here everything behind a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MeetingAccessTest extends ServiceTest {

    static final String ADMIN_ONLY = """
            demo-lpp-admin, true
            demo-lpp-trainer, false
            demo-coordinator-hf, false
            demo-facilitator-hf, false
            demo-coordinator-kommune, false
            demo-facilitator-kommune, false
            demo-hf-intranet, false
            """;

    MeetingFixture fixture;
    static MeetingFixture.Team hfTeam;
    static MeetingFixture.Team kommuneTeam;

    @BeforeEach
    void setUp() {
        fixture = new MeetingFixture(api, jdbc, kafka);
        if (hfTeam == null || !teamKnown(hfTeam)) {
            hfTeam = fixture.team("READY", true, HF);
            kommuneTeam = fixture.team("READY", true, KOMMUNE);
        }
    }

    @ParameterizedTest(name = "{0} plans a meeting for a {1} team: {2}")
    @CsvSource({
            "demo-lpp-admin, hf, 201", "demo-lpp-trainer, hf, 403", "demo-coordinator-hf, hf, 201",
            "demo-coordinator-hf, kommune, 403", "demo-facilitator-hf, hf, 403", "demo-coordinator-kommune, hf, 403",
            "demo-coordinator-kommune, kommune, 201", "demo-facilitator-kommune, kommune, 403",
            "demo-hf-intranet, hf, 403"})
    void planning(String who, String whose, int expected) {
        MeetingFixture.Team team = team(whose);
        Api.Response response = api.post("/api/meetings/meetings", token(who),
                Api.json(fixture.meeting(team, 20, List.of(team.first(), team.second()))));

        assertThat(response.status()).as(response.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} publishes, reschedules and cancels a {1} meeting: {2}")
    @CsvSource({
            "demo-lpp-admin, hf, 200", "demo-lpp-trainer, hf, 403", "demo-coordinator-hf, hf, 200",
            "demo-coordinator-hf, kommune, 403", "demo-facilitator-hf, hf, 403", "demo-coordinator-kommune, hf, 403",
            "demo-coordinator-kommune, kommune, 200", "demo-facilitator-kommune, kommune, 403",
            "demo-hf-intranet, hf, 403"})
    void planningChanges(String who, String whose, int expected) {
        String token = token(who);
        String draft = draft(team(whose));

        Api.Response published = api.postEmpty(meetingPath(draft) + "/publication", token, etag(draft));
        String meeting = expected == 200 ? draft : publishedAs(draft);
        Api.Response moved = api.put(meetingPath(meeting) + "/schedule", token, etag(meeting), Api.json(Map.of(
                "date", LocalDate.now().plusDays(30).toString(), "startTime", "18:00", "venueName", "Et annet sted")));
        Api.Response cancelled = api.postEmpty(meetingPath(meeting) + "/cancellation", token, etag(meeting));

        assertThat(List.of(published.status(), moved.status(), cancelled.status())).containsOnly(expected);
        assertThat(status(meeting)).isEqualTo(expected == 200 ? "CANCELLED" : "PUBLISHED");
    }

    @ParameterizedTest(name = "{0} reads a {1} meeting: {2}")
    @CsvSource({
            "demo-lpp-admin, hf, 200", "demo-lpp-trainer, hf, 403", "demo-coordinator-hf, hf, 200",
            "demo-coordinator-hf, kommune, 403", "demo-facilitator-hf, hf, 200", "demo-facilitator-hf, kommune, 403",
            "demo-coordinator-kommune, hf, 403", "demo-facilitator-kommune, kommune, 200",
            "demo-hf-intranet, hf, 200", "demo-hf-intranet, kommune, 403"})
    void reading(String who, String whose, int expected) {
        assertThat(api.get(meetingPath(fixture.published(team(whose), 20)), token(who)).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} runs a {1} meeting on the day (participants, check-in, held): {2}")
    @CsvSource({
            "demo-lpp-admin, hf, true", "demo-lpp-trainer, hf, false", "demo-coordinator-hf, hf, true",
            "demo-coordinator-hf, kommune, false", "demo-facilitator-hf, hf, true",
            "demo-facilitator-hf, kommune, false", "demo-coordinator-kommune, hf, false",
            "demo-coordinator-kommune, kommune, true", "demo-facilitator-kommune, kommune, true",
            "demo-facilitator-kommune, hf, false", "demo-hf-intranet, hf, false"})
    void runningTheMeeting(String who, String whose, boolean allowed) {
        String token = token(who);
        String meeting = fixture.published(team(whose), 20);
        api.post("/public/meetings/" + meeting + "/registrations", null,
                Api.json(relative("Deltaker", UUID.randomUUID() + "@example.no")));
        String participant = jdbc.sql("select id::text from registration where meeting_id = cast(? as uuid)")
                .param(meeting).query(String.class).single();
        jdbc.sql("update meeting set starts_at = now() - interval '1 hour' where id = cast(? as uuid)")
                .param(meeting).update();

        Api.Response participants = api.get(meetingPath(meeting) + "/participants", token);
        Api.Response checkIn = api.put(meetingPath(meeting) + "/participants/" + participant + "/check-in", token,
                null, "");
        Api.Response held = api.postWithIfMatch(meetingPath(meeting) + "/held", token, etag(meeting), "{}");
        Api.Response attendance = api.get(meetingPath(meeting) + "/attendance", token);

        assertThat(List.of(participants.status(), held.status(), attendance.status()))
                .containsOnly(allowed ? 200 : 403);
        assertThat(checkIn.status()).isEqualTo(allowed ? 204 : 403);
        assertThat(jdbc.sql("select count(*) from audit_log where record_id = cast(? as uuid)"
                + " and action = 'PARTICIPANTS_READ'").param(meeting)
                .query(Long.class).single()).as("only allowed reads are audited").isEqualTo(allowed ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} lists meetings and sees the hf one: {1}, the kommune one: {2}")
    @CsvSource({
            "demo-lpp-admin, true, true", "demo-lpp-trainer, false, false", "demo-coordinator-hf, true, false",
            "demo-facilitator-hf, true, false", "demo-coordinator-kommune, false, true",
            "demo-facilitator-kommune, false, true", "demo-hf-intranet, true, false"})
    void listing(String who, boolean seesHf, boolean seesKommune) {
        String hf = draft(hfTeam);
        String kommune = draft(kommuneTeam);

        String listed = api.get("/api/meetings/meetings?size=200", token(who)).body();

        assertThat(listed.contains(hf)).isEqualTo(seesHf);
        assertThat(listed.contains(kommune)).isEqualTo(seesKommune);
    }

    @ParameterizedTest(name = "{0} sees the cadence of the hf team: {1}, the kommune team: {2}")
    @CsvSource({
            "demo-lpp-admin, true, true", "demo-lpp-trainer, false, false", "demo-coordinator-hf, true, false",
            "demo-facilitator-hf, false, false", "demo-coordinator-kommune, false, true",
            "demo-hf-intranet, false, false"})
    void cadence(String who, boolean seesHf, boolean seesKommune) {
        String cadence = api.get("/api/meetings/cadence", token(who)).body();

        assertThat(cadence.contains(hfTeam.id().toString())).isEqualTo(seesHf);
        assertThat(cadence.contains(kommuneTeam.id().toString())).isEqualTo(seesKommune);
    }

    @ParameterizedTest(name = "{0} maintains themes and reads the audit log: {1}")
    @CsvSource(textBlock = ADMIN_ONLY)
    void adminOnly(String who, boolean allowed) {
        String token = token(who);
        String title = "Tema " + UUID.randomUUID();
        Map<String, String> theme = Map.of("title", title, "description", "Om temaet", "guidance", "Veiledning");

        Api.Response added = api.post("/api/meetings/themes", token, Api.json(theme));
        Api.Response changed = api.put("/api/meetings/themes/5e000000-0000-4000-8000-000000000008", token, null,
                Api.json(Map.of("title", "Åpenhet om psykisk helse", "description", "Om åpenhet",
                        "guidance", "Veiledning")));
        Api.Response audit = api.get("/api/meetings/audit", token);

        assertThat(added.status()).isEqualTo(allowed ? 201 : 403);
        assertThat(changed.status()).isEqualTo(allowed ? 200 : 403);
        assertThat(audit.status()).isEqualTo(allowed ? 200 : 403);
        assertThat(api.get("/api/meetings/themes?size=200", token).status()).as("everyone reads the catalogue")
                .isEqualTo(200);
    }

    private MeetingFixture.Team team(String whose) {
        return "hf".equals(whose) ? hfTeam : kommuneTeam;
    }

    private boolean teamKnown(MeetingFixture.Team team) {
        return jdbc.sql("select count(*) from known_team where id = ?").param(team.id()).query(Long.class).single() == 1;
    }

    private String draft(MeetingFixture.Team team) {
        Api.Response planned = api.post("/api/meetings/meetings", admin(),
                Api.json(fixture.meeting(team, 20, List.of(team.first(), team.second()))));
        return planned.json().get("meeting").get("id").asString();
    }

    private String publishedAs(String draft) {
        api.postEmpty(meetingPath(draft) + "/publication", admin(), etag(draft));
        return draft;
    }

    private String etag(String meeting) {
        return api.get(meetingPath(meeting), admin()).header("ETag").orElseThrow();
    }

    private String status(String meeting) {
        return api.get(meetingPath(meeting), admin()).json().get("meeting").get("status").asString();
    }

    private static String meetingPath(String meeting) {
        return "/api/meetings/meetings/" + meeting;
    }

    private static String token(String who) {
        return Keycloak.shared().tokenOf(who);
    }
}
