package no.lpp.moteplass.team.roster;

import static no.lpp.moteplass.team.TeamFixture.HF;
import static no.lpp.moteplass.team.TeamFixture.KOMMUNE;
import static no.lpp.moteplass.team.TeamFixture.coordinatorHf;
import static no.lpp.moteplass.team.TeamFixture.trainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.team.TeamFixture;
import no.lpp.moteplass.team.certification.CertificationCalendar;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A team from forming to READY and back, driven through the API and partnership events on Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TeamReadinessFlowTest extends ServiceTest {

    static final String BASIC = "7d0f6b2a-0000-4000-8000-000000000001";
    static final String FACILITATOR = "7d0f6b2a-0000-4000-8000-000000000002";

    @Autowired
    CertificationCalendar certificationCalendar;

    @Autowired
    RosterDesk roster;

    TeamFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TeamFixture(api, jdbc, kafka);
        fixture.partners();
    }

    @Test
    void aTeamBecomesReadyExactlyWhenTheRuleHoldsAndLeavesItWhenACertificationExpires() {
        String coordinator = coordinatorHf();
        String team = created(fixture.team("Team Bergen " + UUID.randomUUID(), HF, coordinator));
        String first = fixture.person("Fagperson En", HF, coordinator);
        String second = fixture.person("Fagperson To", HF, coordinator);
        String relative = fixture.person("Pårørende Tre", null, coordinator);
        addMember(team, first, "PROFESSIONAL", coordinator);
        addMember(team, second, "PROFESSIONAL", coordinator);
        addMember(team, relative, "RELATIVE", coordinator);
        assertThat(status(team)).isEqualTo("FORMING");

        runSession(FACILITATOR, List.of(first), List.of(first));
        assertThat(status(team)).as("one facilitator is not enough").isEqualTo("FORMING");
        runSession(FACILITATOR, List.of(second, relative), List.of(second));
        assertThat(status(team)).as("no relative has the basic training yet").isEqualTo("FORMING");

        runSession(BASIC, List.of(relative), List.of(relative));

        assertThat(status(team)).isEqualTo("READY");
        assertThat(teamEvents(team, "READY")).isEqualTo(1);

        certificationCalendar.run(roster.today().plusMonths(24).plusDays(1)); // facilitator training lasts 24 months

        assertThat(status(team)).isEqualTo("FORMING");
        assertThat(jdbc.sql("select count(*) from outbox_event where event_type = 'moteplass.teams.certification.expired.v1'"
                + " and payload ->> 'personId' in (?, ?)").params(first, second).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aTeamOfPeopleWhoAreAlreadyCertifiedIsReadyAsSoonAsTheLastOneJoins() {
        String coordinator = coordinatorHf();
        String first = fixture.person("Sertifisert En", HF, coordinator);
        String second = fixture.person("Sertifisert To", HF, coordinator);
        String relative = fixture.person("Kurset pårørende", null, coordinator);
        runSession(FACILITATOR, List.of(first, second), List.of(first, second));
        runSession(BASIC, List.of(relative), List.of(relative));
        String team = created(fixture.team("Team ferdig utdannet " + UUID.randomUUID(), HF, coordinator));
        addMember(team, first, "PROFESSIONAL", coordinator);
        addMember(team, second, "PROFESSIONAL", coordinator);
        assertThat(status(team)).isEqualTo("FORMING");

        addMember(team, relative, "RELATIVE", coordinator);

        assertThat(status(team)).isEqualTo("READY");
    }

    @Test
    void anEndedAgreementSuspendsTheTeamAndANewOneRestoresIt() {
        UUID host = UUID.randomUUID();
        fixture.organization(host, "Suspenderbar DPS " + host, null);
        UUID agreement = UUID.randomUUID();
        Instant activated = Instant.now().minusSeconds(60);
        String activation = fixture.agreement(agreement, "ACTIVE", host, activated);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_agreement where id = ?")
                .param(agreement).query(Long.class).single() == 1);
        String team = created(fixture.team("Team suspenderbar " + host, host, TeamFixture.admin()));

        fixture.agreement(agreement, "TERMINATED", host, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPENDED".equals(status(team)));
        long version = version(team);

        fixture.send(no.lpp.moteplass.contracts.partnership.PartnershipEvents.AGREEMENT_ACTIVATED,
                state(agreement, host), activation, activated); // the old activation, replayed
        fixture.agreement(agreement, "ACTIVE", host, activated.minusSeconds(600)); // older news, arriving late
        UUID marker = UUID.randomUUID();
        fixture.organization(marker, "Markør " + marker, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_organization where id = ?")
                .param(marker).query(Long.class).single() == 1);
        assertThat(status(team)).as("a replayed or reordered event changes nothing").isEqualTo("SUSPENDED");
        assertThat(version(team)).isEqualTo(version);

        fixture.agreement(UUID.randomUUID(), "ACTIVE", host, Instant.now());

        await().atMost(Duration.ofSeconds(30)).until(() -> "FORMING".equals(status(team)));
    }

    @Test
    void onlyOrganizationsWithAnActiveAgreementHostTeams() {
        Api.Response refused = fixture.team("Team uten avtale", KOMMUNE, TeamFixture.admin());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("ingen aktiv samarbeidsavtale");
    }

    @Test
    void aStaleMembershipChangeIs412() {
        String coordinator = coordinatorHf();
        Api.Response formed = fixture.team("Team samtidig " + UUID.randomUUID(), HF, coordinator);
        String team = created(formed);
        String etag = formed.header("ETag").orElseThrow();
        String a = fixture.person("Person A", HF, coordinator);
        String b = fixture.person("Person B", HF, coordinator);

        assertThat(addMember(team, a, "PROFESSIONAL", coordinator, etag).status()).isEqualTo(200);
        assertThat(addMember(team, b, "PROFESSIONAL", coordinator, etag).status()).isEqualTo(412);
        assertThat(addMember(team, a, "PROFESSIONAL", coordinator, null).status()).isEqualTo(428);
    }

    private void runSession(String courseType, List<String> enrolled, List<String> present) {
        String token = trainer();
        Api.Response session = api.post("/api/teams/sessions", token, Api.json(Map.of("courseTypeId", courseType,
                "startsAt", Instant.now().toString(), "place", "LPP, Oslo", "trainer", "Demo Kursholder", "capacity", 10)));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String id = session.json().get("id").asString();
        for (String person : enrolled) {
            Api.Response enrolment = api.post("/api/teams/sessions/" + id + "/enrolments", token,
                    Api.json(Map.of("personId", person)));
            assertThat(enrolment.json().get("status").asString()).isEqualTo("ENROLLED");
        }
        assertThat(api.put("/api/teams/sessions/" + id + "/attendance", token, null,
                Api.json(Map.of("present", present))).status()).isEqualTo(200);
        Api.Response completed = api.postEmpty("/api/teams/sessions/" + id + "/completion", token, null);
        assertThat(completed.json().get("certified").asInt()).isEqualTo(present.size());
    }

    private Api.Response addMember(String team, String person, String kind, String token, String etag) {
        return api.postWithIfMatch("/api/teams/teams/" + team + "/members", token, etag,
                Api.json(Map.of("personId", person, "kind", kind)));
    }

    @Test
    void teamEventsCarryEachMembersLoginSoTheMeetingsServiceRecognisesFacilitators() {
        String admin = TeamFixture.admin();
        String team = created(fixture.team("Team innlogging " + UUID.randomUUID(), HF, admin));
        UUID login = UUID.randomUUID();
        String withLogin = created(api.post("/api/teams/persons", admin, Api.json(Map.of("name", "Med innlogging",
                "organizationId", HF.toString(), "userId", login.toString()))));
        String without = fixture.person("Uten innlogging", HF, admin);

        addMember(team, withLogin, "PROFESSIONAL", admin);
        addMember(team, without, "PROFESSIONAL", admin);

        var logins = jdbc.sql("""
                select m ->> 'personId' as person, coalesce(m ->> 'userId', 'none') as login
                from outbox_event e, jsonb_array_elements(e.payload -> 'members') m
                where e.event_key = ? and jsonb_array_length(e.payload -> 'members') = 2
                """).param(team).query((rs, row) -> Map.entry(rs.getString("person"), rs.getString("login")))
                .list();
        assertThat(logins).containsExactlyInAnyOrder(Map.entry(withLogin, login.toString()), Map.entry(without, "none"));

        api.get("/api/teams/persons/" + withLogin, admin);
        assertThat(jdbc.sql("select action from audit_log where record_id = cast(? as uuid) order by id")
                .param(withLogin).query(String.class).list())
                .as("created (a write) and read (personal data): both audited")
                .containsExactly("POST /api/teams/persons", "PERSON_READ");
    }

    private void addMember(String team, String person, String kind, String token) {
        String etag = api.get("/api/teams/teams/" + team, token).header("ETag").orElseThrow();
        Api.Response response = addMember(team, person, kind, token, etag);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String status(String team) {
        return jdbc.sql("select status from team where id = cast(? as uuid)").param(team).query(String.class).single();
    }

    private long version(String team) {
        return jdbc.sql("select version from team where id = cast(? as uuid)").param(team).query(Long.class).single();
    }

    private long teamEvents(String team, String status) {
        return jdbc.sql("select count(*) from outbox_event where event_key = ? and payload ->> 'status' = ?")
                .params(team, status).query(Long.class).single();
    }

    private static no.lpp.moteplass.contracts.partnership.AgreementState state(UUID agreement, UUID host) {
        return new no.lpp.moteplass.contracts.partnership.AgreementState(agreement, "ACTIVE",
                java.time.LocalDate.now().minusMonths(1), java.time.LocalDate.now().plusYears(1), 2,
                List.of(new no.lpp.moteplass.contracts.partnership.AgreementState.Party(TeamFixture.LPP, "LPP", true),
                        new no.lpp.moteplass.contracts.partnership.AgreementState.Party(host, "PARTNER", true)),
                null, Instant.now());
    }
}
