package no.lpp.moteplass.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.contracts.teams.CertificationState;
import no.lpp.moteplass.contracts.teams.TeamEvents;
import no.lpp.moteplass.contracts.teams.TeamState;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Keycloak;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Teams and certifications as the teams service announces them, sent through Kafka; meetings through the API. */
public final class MeetingFixture {

    public static final UUID HF = UUID.fromString("0e000000-0000-4000-8000-0000000000f1");
    public static final UUID KOMMUNE = UUID.fromString("0e000000-0000-4000-8000-0000000000f2");
    /** demo-facilitator-hf and demo-facilitator-kommune's fixed Keycloak ids (deploy/keycloak). */
    public static final UUID FACILITATOR_HF_USER = UUID.fromString("00000000-0000-4000-8000-00000000b002");
    public static final UUID FACILITATOR_KOMMUNE_USER = UUID.fromString("00000000-0000-4000-8000-00000000c002");
    public static final String THEME = "5e000000-0000-4000-8000-000000000002";

    private final Api api;
    private final JdbcClient jdbc;
    private final String kafka;

    public MeetingFixture(Api api, JdbcClient jdbc, String kafka) {
        this.api = api;
        this.jdbc = jdbc;
        this.kafka = kafka;
    }

    /** A team of demo-hf with two professionals; each gets a facilitator certification unless said otherwise. */
    public record Team(UUID id, UUID first, UUID second) {
    }

    public Team team(String status, boolean certified) {
        return team(status, certified, HF);
    }

    /**
     * A team hosted by demo-hf or demo-kommune; its first professional logs in as that organisation's demo facilitator.
     */
    public Team team(String status, boolean certified, UUID host) {
        return team(status, certified, host, null);
    }

    public Team team(String status, boolean certified, UUID host, String name) {
        boolean hf = HF.equals(host);
        send(PartnershipEvents.ORGANIZATION_REGISTERED, new OrganizationState(host,
                hf ? "Demo Helseforetak HF" : "Demo kommune", hf ? "HEALTH_TRUST" : "MUNICIPALITY", null, null,
                hf ? "VEST" : "MIDT", null, hf ? "demo-hf" : "demo-kommune", true, Instant.now()));
        Team team = new Team(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        send(TeamEvents.TEAM_CHANGED, new TeamState(team.id(), name == null ? "Team " + team.id() : name, "Bergen", status, List.of(host),
                List.of(new TeamState.Member(team.first(), "PROFESSIONAL", hf ? FACILITATOR_HF_USER
                                : FACILITATOR_KOMMUNE_USER),
                        new TeamState.Member(team.second(), "PROFESSIONAL", null)), Instant.now()));
        if (certified) {
            for (UUID person : List.of(team.first(), team.second())) {
                send(TeamEvents.CERTIFICATION_ISSUED, new CertificationState(UUID.randomUUID(), person, "FACILITATOR",
                        LocalDate.now().plusYears(1), "VALID", Instant.now()));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_team where id = ?")
                .param(team.id()).query(Long.class).single() == 1
                && (!certified || jdbc.sql("select count(*) from known_certification where person_id in (?, ?)")
                        .params(team.first(), team.second()).query(Long.class).single() == 2));
        return team;
    }

    public Map<String, Object> meeting(Team team, int capacity, List<UUID> facilitators) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamId", team.id().toString());
        body.put("themeId", THEME);
        body.put("title", "Barn som pårørende");
        body.put("description", "Et møte om barn og unge som pårørende.");
        body.put("venueName", "Haukeland universitetssjukehus, Møterom 3");
        body.put("venueAddress", "Haukelandsveien 22, 5021 Bergen");
        body.put("accessibilityNotes", "Trinnfri adkomst; teleslynge.");
        body.put("date", LocalDate.now().plusDays(14).toString());
        body.put("startTime", "18:00");
        body.put("facilitatorIds", new ArrayList<>(facilitators.stream().map(UUID::toString).toList()));
        body.put("capacity", capacity);
        return body;
    }

    /** Plans and publishes; returns the meeting id. */
    public String published(Team team, int capacity) {
        return published(team, capacity, 0);
    }

    /** Plans and publishes with seats reserved for relatives; returns the meeting id. */
    public String published(Team team, int capacity, int reservedForRelatives) {
        Map<String, Object> meeting = meeting(team, capacity, List.of(team.first(), team.second()));
        meeting.put("reservedForRelatives", reservedForRelatives);
        Api.Response planned = api.post("/api/meetings/meetings", admin(), Api.json(meeting));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String id = planned.json().get("meeting").get("id").asString();
        Api.Response published = api.postEmpty("/api/meetings/meetings/" + id + "/publication", admin(),
                planned.header("ETag").orElseThrow());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    public static Map<String, Object> relative(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "RELATIVE");
        body.put("relation", "PARENT");
        body.put("name", name);
        body.put("email", email);
        body.put("dietaryNeeds", "Glutenfri");
        body.put("consent", true);
        return body;
    }

    public static Map<String, Object> professional(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "PROFESSIONAL");
        body.put("sector", "MUNICIPAL_SERVICES");
        body.put("workplace", "Bergen kommune");
        body.put("name", name);
        body.put("email", email);
        body.put("consent", true);
        return body;
    }

    public static String admin() {
        return Keycloak.shared().token("demo-lpp-admin");
    }

    private <T> void send(EventContract<T> contract, T payload) {
        Kafka.sendEvent(kafka, contract, payload);
    }
}
