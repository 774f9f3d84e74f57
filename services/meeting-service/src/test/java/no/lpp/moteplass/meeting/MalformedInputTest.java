package no.lpp.moteplass.meeting;

import static no.lpp.moteplass.meeting.MeetingFixture.admin;
import static no.lpp.moteplass.meeting.MeetingFixture.relative;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.RawHttp;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The malformed input that once gave server errors or was stored, each kept as an example of its class (the classes
 * themselves are explored by e2e's EdgeExplorationIT): refused with a problem detail naming the field, nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MalformedInputTest extends ServiceTest {

    MeetingFixture fixture;
    MeetingFixture.Team team;

    @BeforeEach
    void setUp() {
        fixture = new MeetingFixture(api, jdbc, kafka);
        team = fixture.team("READY", true);
    }

    @Test
    void aPublicRegistrationWithControlOrOnlyInvisibleCharactersInTheNameIsRefusedAndNothingStored() {
        String meeting = fixture.published(team, 20);
        long before = registrations();
        for (String name : List.of("Kari\u0000Nordmann", "Kari\r\nBcc: alle@example.no", "\u200B\u200B\u200B",
                "\u202Eevil", "Kari\u001b[31m")) {
            Api.Response refused = api.post("/public/meetings/" + meeting + "/registrations", null,
                    Api.json(relative(name, UUID.randomUUID() + "@example.no")));

            assertFieldRefused(refused, "name");
        }
        assertThat(registrations()).isEqualTo(before);
    }

    @Test
    void enumOrdinalsAndNamesWithSpacesAreRefused() {
        String meeting = fixture.published(team, 20);
        for (Object relation : List.of(0, "PARENT ", " PARENT", "parent")) {
            Map<String, Object> body = relative("Kari", UUID.randomUUID() + "@example.no");
            body.put("relation", relation);

            assertFieldRefused(api.post("/public/meetings/" + meeting + "/registrations", null, Api.json(body)),
                    "relation");
        }
    }

    @Test
    void aMeetingFarAheadInThePastOrDatedByANumberIsRefused() {
        long before = meetings();
        Map<String, Object> body = fixture.meeting(team, 20, List.of(team.first(), team.second()));
        for (Object date : List.of("+1000000-01-01", "-999999999-01-01", 57577, "2027-02-30")) {
            body.put("date", date);
            assertFieldRefused(api.post("/api/meetings/meetings", admin(), Api.json(body)), "date");
        }
        for (LocalDate date : List.of(LocalDate.now().minusDays(2), LocalDate.now().plusYears(4))) {
            body.put("date", date.toString());
            Api.Response refused = api.post("/api/meetings/meetings", admin(), Api.json(body));
            assertThat(refused.status()).as(date.toString()).isEqualTo(422);
        }
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void aRegistrationWindowThatClosesBeforeItOpensOrAfterTheStartIsRefused() {
        Map<String, Object> body = fixture.meeting(team, 20, List.of(team.first(), team.second()));
        String start = LocalDate.now().plusDays(14) + "T16:00:00Z";
        body.put("registrationOpensAt", LocalDate.now().plusDays(10) + "T10:00:00Z");
        body.put("registrationClosesAt", LocalDate.now().plusDays(5) + "T10:00:00Z");
        Api.Response closesFirst = api.post("/api/meetings/meetings", admin(), Api.json(body));
        body.put("registrationClosesAt", LocalDate.now().plusDays(20) + "T10:00:00Z");
        Api.Response closesAfterStart = api.post("/api/meetings/meetings", admin(), Api.json(body));

        assertThat(closesFirst.status()).isEqualTo(422);
        assertThat(closesFirst.json().get("detail").asString()).contains("åpne før den stenger");
        assertThat(closesAfterStart.status()).as("the meeting starts " + start).isEqualTo(422);
    }

    @Test
    void aNonAsciiByteInIfMatchIsAClientError() {
        String meeting = fixture.published(team, 20);
        RawHttp.Response response = RawHttp.send(port, RawHttp.head("POST /api/meetings/meetings/" + meeting
                + "/cancellation HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin()
                + "\r\nIf-Match: \"1\u00ff\"\r\nContent-Length: 0"), new byte[0]);

        assertThat(response.status()).isBetween(400, 428);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/meetings/meetings/" + meeting, admin()).json().get("meeting").get("status")
                .asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void aDraftThatIsCancelledNeverBecomesPublic() {
        Api.Response planned = api.post("/api/meetings/meetings", admin(),
                Api.json(fixture.meeting(team, 20, List.of(team.first(), team.second()))));
        String draft = planned.json().get("meeting").get("id").asString();
        assertThat(api.postEmpty("/api/meetings/meetings/" + draft + "/cancellation", admin(),
                planned.header("ETag").orElseThrow()).status()).isEqualTo(200);

        assertThat(api.get("/public/meetings?teamId=" + team.id(), null).body()).doesNotContain(draft);
        assertThat(api.get("/public/meetings/" + draft, null).status()).isEqualTo(404);
        assertThat(api.getAccepting("/public/meetings.ics?teamId=" + team.id(), "text/calendar").body())
                .doesNotContain(draft);
    }

    /** Whatever is stored, the feed is valid RFC 5545 (checked by ical4j's validator), for every subscriber. */
    @Test
    void theCalendarFeedIsValidWhateverIsStored() throws Exception {
        String fine = fixture.published(team, 20);
        String odd = fixture.published(team, 20);
        // Written past the API, as an older version could have stored it: a start after year 9999 and control
        // characters in the texts.
        jdbc.sql("""
                update meeting set starts_at = '12000-01-01T18:00:00Z'::timestamptz,
                    title = 'Tittel' || chr(7) || ' med tegn', description = 'A' || chr(27) || '[31m' || chr(12)
                where id = ?""").param(UUID.fromString(odd)).update();
        jdbc.sql("update meeting set title = 'Vanlig' || chr(8) || ' tittel; med, tegn\\\\' where id = ?")
                .param(UUID.fromString(fine)).update();

        String feed = api.getAccepting("/public/meetings.ics?teamId=" + team.id(), "text/calendar").body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));

        assertThat(calendar.validate().getEntries()).as("ical4j's validation of the feed").isEmpty();
        assertThat(feed).contains(fine).doesNotContain(odd).doesNotContain("\u0007").doesNotContain("\u0008");
    }

    private void assertFieldRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains(field);
        JsonNode first = response.json().get("errors").get(0);
        assertThat(first.get("message").asString()).isNotBlank();
    }

    private long registrations() {
        return jdbc.sql("select count(*) from registration").query(Long.class).single();
    }

    private long meetings() {
        return jdbc.sql("select count(*) from meeting").query(Long.class).single();
    }
}
