package no.lpp.moteplass.meeting;

import static no.lpp.moteplass.meeting.MeetingFixture.admin;
import static no.lpp.moteplass.meeting.MeetingFixture.relative;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "moteplass.public.intranet-origins=https://intranett.demo-hf.example.no")
@RealInfrastructure
class MeetingLifecycleTest extends ServiceTest {

    @Autowired
    MeterRegistry meters;

    MeetingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new MeetingFixture(api, jdbc, kafka);
    }

    @Test
    void theFormatIsComputedFromTheStart() {
        var team = fixture.team("READY", true);

        Api.Response planned = api.post("/api/meetings/meetings", admin(),
                Api.json(fixture.meeting(team, 20, List.of(team.first(), team.second()))));

        var format = planned.json().get("format");
        assertThat(format.get("preMeetingStarts").asString()).contains("T17:30");
        assertThat(format.get("meetingStarts").asString()).contains("T18:00");
        assertThat(format.get("meetingEnds").asString()).contains("T20:30");
        assertThat(format.get("postMeetingEnds").asString()).contains("T21:00");
    }

    @Test
    void publishingIsRefusedWithAReasonForATeamThatIsNotReadyOrAnIneligibleFacilitator() {
        var forming = fixture.team("FORMING", true);
        var uncertified = fixture.team("READY", false);
        var ready = fixture.team("READY", true);

        Api.Response notReady = publish(forming, List.of(forming.first(), forming.second()));
        Api.Response ineligible = publish(uncertified, List.of(uncertified.first(), uncertified.second()));
        Api.Response outsider = api.post("/api/meetings/meetings", admin(),
                Api.json(fixture.meeting(ready, 20, List.of(ready.first(), UUID.randomUUID()))));
        Api.Response fine = publish(ready, List.of(ready.first(), ready.second()));

        assertThat(notReady.status()).isEqualTo(422);
        assertThat(notReady.json().get("detail").asString()).contains("ikke klart");
        assertThat(ineligible.status()).isEqualTo(422);
        assertThat(ineligible.json().get("detail").asString()).contains("fasilitatorsertifisering");
        assertThat(outsider.status()).as("a facilitator from outside the team is refused when planning").isEqualTo(422);
        assertThat(outsider.json().get("detail").asString()).contains("ikke fagperson i teamet");
        assertThat(fine.status()).isEqualTo(200);
        assertThat(fine.json().get("meeting").get("status").asString()).isEqualTo("PUBLISHED");
        String id = fine.json().get("meeting").get("id").asString();
        var event = no.lpp.moteplass.testsupport.Kafka.awaitRecord(kafka, no.lpp.moteplass.contracts.Topics.MEETINGS_MEETING,
                record -> id.equals(record.key()), java.time.Duration.ofSeconds(20));
        assertThat(event).as("the published event reaches Kafka through the outbox").isPresent();
    }

    @Test
    void aMeetingHasExactlyTwoFacilitators() {
        var team = fixture.team("READY", true);

        Api.Response one = api.post("/api/meetings/meetings", admin(),
                Api.json(fixture.meeting(team, 20, List.of(team.first()))));
        Api.Response same = api.post("/api/meetings/meetings", admin(),
                Api.json(fixture.meeting(team, 20, List.of(team.first(), team.first()))));

        assertThat(one.status()).isEqualTo(400);
        assertThat(same.status()).isEqualTo(422);
    }

    @Test
    void twoHundredConcurrentRegistrationsForThirtySeatsConfirmExactlyThirtyAndCancellationsPromoteInOrder() {
        String meeting = fixture.published(fixture.team("READY", true), 30);
        var pool = Executors.newFixedThreadPool(50);
        CyclicBarrier together = new CyclicBarrier(50);
        List<CompletableFuture<Api.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            requests.add(CompletableFuture.supplyAsync(() -> {
                if (n < 50) {
                    await(together);
                }
                return api.post("/public/meetings/" + meeting + "/registrations", null,
                        Api.json(relative("Pårørende " + n, "parorende" + n + "@example.no")));
            }, pool));
        }
        List<Api.Response> responses = requests.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        assertThat(responses).extracting(Api.Response::status).containsOnly(201);
        assertThat(responses).filteredOn(r -> "CONFIRMED".equals(r.json().get("status").asString())).hasSize(30);
        assertThat(responses).filteredOn(r -> "WAITLISTED".equals(r.json().get("status").asString())).hasSize(170);

        List<String> waitingInOrder = jdbc.sql("""
                select email from registration where meeting_id = cast(? as uuid) and status = 'WAITLISTED'
                order by registered_at, id limit 3
                """).param(meeting).query(String.class).list();
        List<String> confirmedTokens = responses.stream()
                .filter(r -> "CONFIRMED".equals(r.json().get("status").asString()))
                .map(r -> r.json().get("manageToken").asString()).limit(3).toList();
        confirmedTokens.forEach(token -> assertThat(api.delete("/public/registrations/" + token, null, null).status())
                .isEqualTo(200));

        assertThat(jdbc.sql("""
                select email from registration where meeting_id = cast(? as uuid) and email in (?, ?, ?)
                and status = 'CONFIRMED'
                """).params(meeting, waitingInOrder.get(0), waitingInOrder.get(1), waitingInOrder.get(2))
                .query(String.class).list()).containsExactlyInAnyOrderElementsOf(waitingInOrder);
        assertThat(jdbc.sql("select count(*) from registration where meeting_id = cast(? as uuid) and status = 'CONFIRMED'")
                .param(meeting).query(Long.class).single()).isEqualTo(30);
    }

    @Test
    void theCalendarFeedParsesAndKeepsCancelledMeetings() throws Exception {
        var team = fixture.team("READY", true);
        String kept = fixture.published(team, 20);
        String cancelled = fixture.published(team, 20);
        String etag = api.get("/api/meetings/meetings/" + cancelled, admin()).header("ETag").orElseThrow();
        assertThat(api.postEmpty("/api/meetings/meetings/" + cancelled + "/cancellation", admin(), etag).status())
                .isEqualTo(200);

        Api.Response feed = api.getAccepting("/public/meetings.ics?teamId=" + team.id(), "text/calendar");

        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent cancelledEvent = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(cancelled)).findFirst().orElseThrow();
        assertThat(cancelledEvent.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelledEvent.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        VEvent keptEvent = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(kept)).findFirst().orElseThrow();
        assertThat(keptEvent.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(keptEvent.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Oslo");
    }

    @Test
    void theListingIsCacheableAndCarriesNoPersonalData() {
        var team = fixture.team("READY", true);
        String meeting = fixture.published(team, 20);
        api.post("/public/meetings/" + meeting + "/registrations", null,
                Api.json(relative("Kari Hemmelig", "kari.hemmelig@example.no")));

        Api.Response listing = api.get("/public/meetings?teamId=" + team.id(), null);
        Api.Response again = api.getWithIfNoneMatch("/public/meetings?teamId=" + team.id(),
                listing.header("ETag").orElseThrow());

        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.header("Cache-Control").orElseThrow()).contains("max-age=60", "public");
        assertThat(listing.json().get(0).get("id").asString()).isEqualTo(meeting);
        assertThat(listing.json().get(0).get("registrationOpen").asBoolean()).isTrue();
        assertThat(listing.body()).doesNotContain("Hemmelig", "example.no", team.first().toString());
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void theListingIsRenderedOncePerChangeSeenByEveryReplicaAndGzippedOnRequest() throws Exception {
        var team = fixture.team("READY", true);
        String meeting = fixture.published(team, 20);
        String path = "/public/meetings?teamId=" + team.id();
        Api.Response listing = api.get(path, null);
        double rendered = meters.counter("moteplass.listing.renderings", "format", "json").count();

        for (int i = 0; i < 20; i++) {
            assertThat(api.get(path, null).body()).isEqualTo(listing.body());
        }
        assertThat(meters.counter("moteplass.listing.renderings", "format", "json").count())
                .as("served from the kept rendering").isEqualTo(rendered);

        // A change made elsewhere (another replica; here plain SQL) shows in the very next answer.
        jdbc.sql("update meeting set title = 'Endret av en annen replika' where id = cast(? as uuid)").param(meeting)
                .update();
        Api.Response changed = api.getWithIfNoneMatch(path, listing.header("ETag").orElseThrow());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get(0).get("title").asString()).isEqualTo("Endret av en annen replika");
        assertThat(changed.header("ETag")).isNotEqualTo(listing.header("ETag"));

        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(String.join(",", gzipped.headers().allValues("Vary"))).contains("Accept-Encoding");
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(changed.body());
        assertThat(api.getWithIfNoneMatch(path, gzipped.headers().firstValue("ETag").orElseThrow()).status())
                .isEqualTo(304);
    }

    @Test
    void aPublishedMeetingHasItsOwnPublicPageNamingItsHostsButADraftHasNot() {
        var team = fixture.team("READY", true);
        String meeting = fixture.published(team, 20);
        String draft = api.post("/api/meetings/meetings", admin(),
                Api.json(fixture.meeting(team, 20, List.of(team.first(), team.second())))).json().get("meeting")
                .get("id").asString();

        Api.Response page = api.get("/public/meetings/" + meeting, null);
        Api.Response hidden = api.get("/public/meetings/" + draft, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("hosts").get(0).get("name").asString()).isEqualTo("Demo Helseforetak HF");
        assertThat(page.json().get("themeId").asString()).isNotBlank();
        assertThat(page.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(api.get("/public/meetings?teamId=" + team.id(), null).json().get(0).get("hosts")).hasSize(1);
    }

    @Test
    void onlyConfiguredIntranetsMayReadTheListingFromTheBrowser() {
        Api.Response allowed = api.getFromOrigin("/public/meetings", "https://intranett.demo-hf.example.no");
        Api.Response other = api.getFromOrigin("/public/meetings", "https://evil.example.com");

        assertThat(allowed.header("Access-Control-Allow-Origin")).contains("https://intranett.demo-hf.example.no");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void registrationAsksOnlyForWhatIsNeededAndRefusesTheSameEmailTwicePolitely() {
        String meeting = fixture.published(fixture.team("READY", true), 20);
        String path = "/public/meetings/" + meeting + "/registrations";
        Map<String, Object> valid = relative("Ola Pårørende", "ola@example.no");

        assertThat(api.post(path, null, Api.json(valid)).status()).isEqualTo(201);
        Api.Response twice = api.post(path, null, Api.json(valid));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("allerede påmeldt");
        assertThat(api.post(path, null, Api.json(with(valid, "consent", false))).status()).isEqualTo(400);
        assertThat(api.post(path, null, Api.json(with(with(valid, "email", null), "mobile", null))).status()).isEqualTo(400);
        assertThat(api.post(path, null, Api.json(with(valid, "relation", null))).status()).isEqualTo(400);
        Map<String, Object> professional = with(with(with(valid, "category", "PROFESSIONAL"), "sector", "NAV"),
                "email", "fagperson@nav.example.no");
        assertThat(api.post(path, null, Api.json(professional)).status()).isEqualTo(201);
    }

    @Test
    void theManageLinkShowsCancelsAndErasesAndOnlyItsHashIsStored() {
        String meeting = fixture.published(fixture.team("READY", true), 20);
        Api.Response registered = api.post("/public/meetings/" + meeting + "/registrations", null,
                Api.json(relative("Per Slett", "per.slett@example.no")));
        String token = registered.json().get("manageToken").asString();

        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("select count(*) from registration where manage_token_hash = ?").param(token)
                .query(Long.class).single()).isZero();
        assertThat(api.get("/public/registrations/" + token, null).json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(api.get("/public/registrations/" + token, null).json().get("erased").asBoolean()).isFalse();
        assertThat(api.get("/public/registrations/not-a-token", null).status()).isEqualTo(404);

        assertThat(api.postEmpty("/public/registrations/" + token + "/erasure", null, null).status()).isEqualTo(204);
        assertThat(api.get("/public/registrations/" + token, null).json().get("erased").asBoolean()).isTrue();

        assertThat(jdbc.sql("select count(*) from registration where name = 'Per Slett' or email = 'per.slett@example.no'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select category from registration where meeting_id = cast(? as uuid)").param(meeting)
                .query(String.class).list()).containsExactly("RELATIVE");
    }

    @Test
    void noEventCarriesPersonalData() {
        String meeting = fixture.published(fixture.team("READY", true), 20);
        api.post("/public/meetings/" + meeting + "/registrations", null,
                Api.json(relative("Synnøve Sporløs", "synnove.sporlos@example.no")));

        List<String> payloads = jdbc.sql("select payload::text from outbox_event").query(String.class).list();

        assertThat(payloads).isNotEmpty();
        assertThat(payloads).noneMatch(p -> p.contains("Synnøve") || p.contains("sporlos") || p.contains("Glutenfri"));
        assertThat(payloads).allSatisfy(p -> assertThat(p).doesNotContain("\"name\"", "\"email\"", "\"mobile\""));
    }

    @Test
    void coordinatorsPlanOnlyTheirOwnTeamsMeetings() {
        var team = fixture.team("READY", true);
        String body = Api.json(fixture.meeting(team, 20, List.of(team.first(), team.second())));

        assertThat(api.post("/api/meetings/meetings", Keycloak.shared().token("demo-coordinator-hf"), body).status())
                .isEqualTo(201);
        assertThat(api.post("/api/meetings/meetings", Keycloak.shared().token("demo-coordinator-kommune"), body).status())
                .isEqualTo(403);
        assertThat(api.post("/api/meetings/meetings", Keycloak.shared().token("demo-facilitator-hf"), body).status())
                .isEqualTo(403);
        assertThat(api.post("/api/meetings/meetings", Keycloak.shared().tokenOf("demo-hf-intranet"), body).status())
                .isEqualTo(403);
    }

    @Test
    void teamsWithFewerThanTwoOrMoreThanThreeMeetingsInAHalfYearAreFlagged() {
        var none = fixture.team("READY", true);
        var two = fixture.team("READY", true);
        var four = fixture.team("READY", true);
        for (int i = 0; i < 2; i++) {
            fixture.published(two, 20);
        }
        for (int i = 0; i < 4; i++) {
            fixture.published(four, 20);
        }
        api.post("/api/meetings/meetings", admin(), Api.json(fixture.meeting(none, 20, List.of(none.first(),
                none.second())))); // a draft does not count
        var day = java.time.LocalDate.now().plusDays(14); // the fixture's meeting date
        String halfYear = day.getYear() + "-H" + (day.getMonthValue() <= 6 ? 1 : 2);

        var cadence = api.get("/api/meetings/cadence?halfYear=" + halfYear, admin()).json();

        Map<String, String> flags = new java.util.HashMap<>();
        cadence.forEach(team -> flags.put(team.get("teamId").asString(),
                team.get("meetings").asInt() + " " + team.get("flag").asString()));
        assertThat(flags).containsEntry(none.id().toString(), "0 TOO_FEW").containsEntry(two.id().toString(), "2 OK")
                .containsEntry(four.id().toString(), "4 TOO_MANY");
        assertThat(api.get("/api/meetings/cadence?halfYear=2026-H3", admin()).status()).isEqualTo(422);
    }

    @Test
    void theManageLinkOpensThePortalsPageAndAPageOpenBeforeStillCancelsAndErases() throws Exception {
        String meeting = fixture.published(fixture.team("READY", true), 20);
        String token = api.post("/public/meetings/" + meeting + "/registrations", null,
                Api.json(relative("Per <Pårørende>", "per.side@example.no"))).json().get("manageToken").asString();

        Api.Response page = api.getAccepting("/public/registrations/" + token, "text/html");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).contains("http://localhost:8080/pamelding/" + token);
        assertThat(formPost(token, "cancellation").statusCode()).isEqualTo(303);
        assertThat(formPost(token, "cancellation").statusCode()).as("a second click changes nothing").isEqualTo(303);
        assertThat(api.get("/public/registrations/" + token, null).json().get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(formPost(token, "erasure").statusCode()).isEqualTo(303);
        assertThat(jdbc.sql("select name from registration where meeting_id = cast(? as uuid)").param(meeting)
                .query(String.class).optional()).isEmpty();
    }

    private java.net.http.HttpResponse<String> formPost(String token, String action) throws Exception {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                            + "/public/registrations/" + token + "/" + action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    private Api.Response publish(MeetingFixture.Team team, List<UUID> facilitators) {
        Api.Response planned = api.post("/api/meetings/meetings", admin(),
                Api.json(fixture.meeting(team, 20, facilitators)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return api.postEmpty("/api/meetings/meetings/" + planned.json().get("meeting").get("id").asString()
                + "/publication", admin(), planned.header("ETag").orElseThrow());
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
