package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.Mails;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Across services, through the gateway: LPP signs an agreement with a health trust (partnership service), the teams
 * service learns of it through Kafka, the trust's coordinator forms a team, a trainer runs the courses and records
 * attendance, and the team turns READY. The meetings service learns of the team and its certifications through Kafka,
 * so the coordinator can publish a meeting; a relative finds it, registers, gets the email and cancels by its link.
 * After a meeting its facilitators mark it held, write and publish the summary (knowledge service, which learned of the
 * meeting through Kafka), and the health trust's coordinator sees the follow-up addressed to it.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1) // first of the classes: PortalIT uses the world it builds
class JourneyIT {

    /** What the journey built, by the names the access model's requests use ({@code {team}} and so on). */
    static final Map<String, String> WORLD = new java.util.concurrent.ConcurrentHashMap<>();

    static final String BASIC = "7d0f6b2a-0000-4000-8000-000000000001";
    static final String FACILITATOR = "7d0f6b2a-0000-4000-8000-000000000002";

    final Api gateway = new Api(RunningPlatform.gateway());
    final String admin = Keycloak.shared().token("demo-lpp-admin");
    final String coordinator = Keycloak.shared().token("demo-coordinator-hf");
    final String trainer = Keycloak.shared().token("demo-lpp-trainer");

    @Test
    @Order(1)
    void fromAgreementToTeamToMeetingToRegistrationToKnowledgeFollowedUp() throws Exception {
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
        // The team's professionals log in as the demo facilitator and the demo coordinator.
        String first = person("Fagperson En", hf, "00000000-0000-4000-8000-00000000b002");
        String second = person("Fagperson To", hf, "00000000-0000-4000-8000-00000000b001");
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

        String meeting = publishMeeting(team, first, second, LocalDate.now().plusDays(20), "18:00");
        aRelativeRegistersGetsTheEmailAndCancelsByTheLink(team, meeting);

        // Meetings are planned from today on; one that began at midnight can be held and summarised at once.
        String yesterday = publishMeeting(team, first, second, today(), "00:00");
        theFacilitatorsPublishTheSummaryAndTheTrustFollowsItUp(yesterday, hf);
        // For PortalIT: a held meeting whose summary the facilitators write in the portal.
        String lastWeek = publishMeeting(team, first, second, today(), "00:00");
        markHeld(lastWeek);
        WORLD.put("heldMeetingWithoutSummary", lastWeek);

        WORLD.putAll(Map.of("organization", hf, "agreement", agreement, "team", team, "person", first,
                "meeting", meeting, "heldMeeting", yesterday,
                "participant", gateway.get("/api/meetings/meetings/" + meeting + "/participants", admin).json()
                        .get("items").get(0).get("id").asString(),
                "followUp", gateway.get("/api/knowledge/follow-ups", coordinator).json().get("items").get(0)
                        .get("followUp").get("id").asString()));
    }

    /** Every cell of docs/access-model.md, through the gateway, on the world the journey built. */
    @Test
    @Order(2)
    void everyCellOfTheAccessModelHolds() throws Exception {
        Assumptions.assumeTrue(WORLD.size() == 9, "the journey built the world the model is checked on");
        List<String> leaks = AccessModel.check(gateway, WORLD);

        assertThat(leaks).as("cells of docs/access-model.md that do not hold").isEmpty();
    }

    private void theFacilitatorsPublishTheSummaryAndTheTrustFollowsItUp(String meeting, String hf) {
        String facilitator = Keycloak.shared().token("demo-facilitator-hf");
        markHeld(meeting);

        String path = "/api/knowledge/meetings/" + meeting + "/summary";
        Map<String, Object> summary = Map.of("narrative", "Pårørende fortalte om lang ventetid på svar fra DPS.",
                "insights", List.of(Map.of("statement", "Pårørende ønsker en fast kontaktperson ved innleggelse.",
                        "kind", "IMPROVEMENT_SUGGESTION", "themeTags", List.of("INFORMATION"),
                        "serviceAreas", List.of("DPS"), "targetOrganizationIds", List.of(hf))));
        Api.Response written = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.put(path, facilitator, null, Api.json(summary)), r -> r.status() != 404);
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        Api.Response approved = gateway.postEmpty(path + "/approvals", facilitator, written.header("ETag").orElseThrow());
        Api.Response both = gateway.postEmpty(path + "/approvals", coordinator, approved.header("ETag").orElseThrow());
        Api.Response published = gateway.postEmpty(path + "/publication", facilitator,
                both.header("ETag").orElseThrow());
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        String followUps = gateway.get("/api/knowledge/follow-ups", coordinator).body();
        assertThat(followUps).contains("fast kontaktperson ved innleggelse", "\"status\":\"RECEIVED\"");
    }

    /** The meeting's facilitator marks it held, with nine relatives who came without registering. */
    private void markHeld(String meeting) {
        String facilitator = Keycloak.shared().token("demo-facilitator-hf");
        String etag = gateway.get("/api/meetings/meetings/" + meeting, facilitator).header("ETag").orElseThrow();
        assertThat(gateway.postWithIfMatch("/api/meetings/meetings/" + meeting + "/held", facilitator, etag,
                Api.json(Map.of("walkIns", List.of(Map.of("category", "RELATIVE", "group", "PARENT", "count", 9)))))
                .status()).isEqualTo(200);
    }

    private static LocalDate today() {
        return LocalDate.now(Norway.ZONE);
    }

    private String publishMeeting(String team, String first, String second, LocalDate date, String start) {
        Map<String, Object> plan = Map.of("teamId", team, "themeId", "5e000000-0000-4000-8000-000000000002",
                "title", "Barn som pårørende", "venueName", "Haukeland universitetssjukehus",
                "venueAddress", "Haukelandsveien 22, 5021 Bergen", "date", date.toString(),
                "startTime", start, "facilitatorIds", List.of(first, second), "capacity", 25);
        Api.Response planned = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.post("/api/meetings/meetings", coordinator, Api.json(plan)), r -> r.status() == 201);
        String meeting = planned.json().get("meeting").get("id").asString();
        Api.Response published = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.postEmpty("/api/meetings/meetings/" + meeting + "/publication", coordinator,
                        planned.header("ETag").orElseThrow()), r -> r.status() != 422);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return meeting;
    }

    private void aRelativeRegistersGetsTheEmailAndCancelsByTheLink(String team, String meeting) throws Exception {
        assertThat(gateway.get("/public/meetings?teamId=" + team, null).body()).contains(meeting);
        Api.Response registered = gateway.post("/public/meetings/" + meeting + "/registrations", null, Api.json(Map.of(
                "category", "RELATIVE", "relation", "PARENT", "name", "Kari Pårørende", "email", "kari@example.no",
                "consent", true)));
        assertThat(registered.json().get("status").asString()).isEqualTo("CONFIRMED");

        await().atMost(Duration.ofSeconds(30)).until(() -> RunningPlatform.mail().getReceivedMessages().length > 0);
        MimeMessage email = RunningPlatform.mail().getReceivedMessages()[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("kari@example.no");
        assertThat(email.getSubject()).isEqualTo("Du er påmeldt: Barn som pårørende");
        Matcher link = Pattern.compile(Pattern.quote(RunningPlatform.gateway()) + "/pamelding/([\\w-]+)")
                .matcher(Mails.text(email));
        assertThat(link.find()).as("the confirmation links to the portal's page on the gateway").isTrue();
        String token = link.group(1);

        Api.Response page = gateway.getAccepting("/pamelding/" + token, "text/html");
        assertThat(page.body()).contains("Du er påmeldt og har plass.", "Meld meg av");
        HttpResponse<String> cancelled;
        try (HttpClient browser = HttpClient.newHttpClient()) {
            cancelled = browser.send(HttpRequest.newBuilder(URI.create(RunningPlatform.gateway() + "/pamelding/" + token
                    + "/avmelding")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(cancelled.statusCode()).isBetween(302, 303);
        assertThat(cancelled.headers().firstValue("Location")).hasValue("/pamelding/" + token + "?avmeldt");
        assertThat(gateway.get("/public/registrations/" + token, null).json().get("status").asString())
                .isEqualTo("CANCELLED");
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

    private String person(String name, String organization, String login) {
        return created(gateway.post("/api/teams/persons", coordinator, Api.json(Map.of("name", name,
                "organizationId", organization, "profession", "psykolog", "userId", login))));
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
