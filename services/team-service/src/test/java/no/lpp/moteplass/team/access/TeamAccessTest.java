package no.lpp.moteplass.team.access;

import static no.lpp.moteplass.team.TeamFixture.HF;
import static no.lpp.moteplass.team.TeamFixture.KOMMUNE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import no.lpp.moteplass.team.TeamFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Who may do what in the teams service, cell by cell: each demo identity against each endpoint, for a team of its own
 * organisation (demo-hf) and someone else's (a team hosted by demo-kommune's neighbour is not possible without an
 * agreement, so "other" is demo-hf seen from demo-kommune).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TeamAccessTest extends ServiceTest {

    /** demo-facilitator-hf's fixed Keycloak id (deploy/keycloak). */
    static final String FACILITATOR_HF_USER = "00000000-0000-4000-8000-00000000b002";
    static final String BASIC = "7d0f6b2a-0000-4000-8000-000000000001";

    TeamFixture fixture;
    String team;
    String hfPerson;
    String kommunePerson;
    String session;
    String facilitator;

    @BeforeEach
    void setUp() {
        fixture = new TeamFixture(api, jdbc, kafka);
        fixture.partners();
        String admin = TeamFixture.admin();
        Api.Response formed = fixture.team("Team tilgang " + UUID.randomUUID(), HF, admin);
        team = formed.json().get("id").asString();
        hfPerson = fixture.person("Fagperson HF", HF, admin);
        kommunePerson = fixture.person("Fagperson kommune", KOMMUNE, admin);
        facilitator = jdbc.sql("select id::text from person where user_id = cast(? as uuid)")
                .param(FACILITATOR_HF_USER).query(String.class).optional()
                .orElseGet(() -> api.post("/api/teams/persons", admin, Api.json(Map.of("name", "Demo Fagperson HF",
                        "organizationId", HF.toString(), "userId", FACILITATOR_HF_USER))).json().get("id").asString());
        api.postWithIfMatch("/api/teams/teams/" + team + "/members", admin, formed.header("ETag").orElseThrow(),
                Api.json(Map.of("personId", facilitator, "kind", "PROFESSIONAL")));
        session = api.post("/api/teams/sessions", admin, Api.json(Map.of("courseTypeId", BASIC,
                "startsAt", Instant.now().toString(), "place", "Bergen", "trainer", "Demo", "capacity", 50)))
                .json().get("id").asString();
    }

    @ParameterizedTest(name = "{0} reads a demo-hf team: {1}")
    @CsvSource({
            "demo-lpp-admin, 200", "demo-lpp-trainer, 200", "demo-coordinator-hf, 200",
            "demo-facilitator-hf, 200", "demo-coordinator-kommune, 403", "demo-facilitator-kommune, 403",
            "demo-hf-intranet, 403"})
    void readingATeam(String who, int expected) {
        assertThat(api.get("/api/teams/teams/" + team, token(who)).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} changes a demo-hf team's members: {1}")
    @CsvSource({
            "demo-lpp-admin, 200", "demo-coordinator-hf, 200", "demo-lpp-trainer, 403", "demo-facilitator-hf, 403",
            "demo-coordinator-kommune, 403", "demo-hf-intranet, 403"})
    void managingATeam(String who, int expected) {
        String person = fixture.person("Ny fagperson", HF, TeamFixture.admin());
        String etag = api.get("/api/teams/teams/" + team, TeamFixture.admin()).header("ETag").orElseThrow();

        Api.Response response = api.postWithIfMatch("/api/teams/teams/" + team + "/members", token(who), etag,
                Api.json(Map.of("personId", person, "kind", "PROFESSIONAL")));

        assertThat(response.status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} removes members, reads history and dissolves a demo-hf team: {1}")
    @CsvSource({
            "demo-lpp-admin, 200", "demo-coordinator-hf, 200", "demo-lpp-trainer, 403", "demo-facilitator-hf, 403",
            "demo-coordinator-kommune, 403", "demo-hf-intranet, 403"})
    void removingMembersHistoryAndDissolving(String who, int expected) {
        String admin = TeamFixture.admin();
        Api.Response formed = fixture.team("Team oppløses " + UUID.randomUUID(), HF, admin);
        String own = formed.json().get("id").asString();
        String person = fixture.person("Medlem", HF, admin);
        String etag = api.postWithIfMatch("/api/teams/teams/" + own + "/members", admin,
                formed.header("ETag").orElseThrow(), Api.json(Map.of("personId", person, "kind", "PROFESSIONAL")))
                .header("ETag").orElseThrow();
        String token = token(who);

        Api.Response removed = api.delete("/api/teams/teams/" + own + "/members/" + person, token, etag);
        Api.Response history = api.get("/api/teams/teams/" + own + "/history", token);
        String current = api.get("/api/teams/teams/" + own, admin).header("ETag").orElseThrow();
        Api.Response dissolved = api.postEmpty("/api/teams/teams/" + own + "/dissolution", token, current);

        assertThat(removed.status()).isEqualTo(expected);
        assertThat(history.status()).isEqualTo(expected);
        assertThat(dissolved.status()).isEqualTo(expected);
        assertThat(api.get("/api/teams/teams/" + own, admin).json().get("status").asString())
                .isEqualTo(expected == 200 ? "DISSOLVED" : "FORMING");
    }

    @ParameterizedTest(name = "{0} forms a team hosted by {1}: {2}")
    @CsvSource({
            "demo-coordinator-hf,      HF,      201",
            "demo-coordinator-kommune, HF,      403",
            "demo-lpp-trainer,         HF,      403",
            "demo-facilitator-hf,      HF,      403",
            "demo-hf-intranet,         HF,      403",
            "demo-lpp-admin,           HF,      201"})
    void formingATeam(String who, String host, int expected) {
        UUID organization = "HF".equals(host) ? HF : KOMMUNE;

        assertThat(fixture.team("Team " + UUID.randomUUID(), organization, token(who)).status()).isEqualTo(expected);
    }

    @Test
    void aCoordinatorListsTheirOrganizationsTeamsAndAMemberTheirOwn() {
        assertThat(ids(api.get("/api/teams/teams?size=200", token("demo-coordinator-hf")))).contains(team);
        assertThat(ids(api.get("/api/teams/teams?size=200", token("demo-facilitator-hf")))).contains(team);
        assertThat(ids(api.get("/api/teams/teams?size=200", token("demo-coordinator-kommune")))).doesNotContain(team);
        assertThat(ids(api.get("/api/teams/teams?size=200", token("demo-hf-intranet")))).isEmpty();
    }

    @ParameterizedTest(name = "{0} runs training: {1}")
    @CsvSource({
            "demo-lpp-admin, true", "demo-lpp-trainer, true", "demo-coordinator-hf, false",
            "demo-facilitator-hf, false", "demo-hf-intranet, false"})
    void onlyTrainingStaffRunTraining(String who, boolean allowed) {
        String token = token(who);
        int created = allowed ? 201 : 403;
        int done = allowed ? 200 : 403;

        assertThat(api.post("/api/teams/course-types", token, Api.json(Map.of("code", "K" + Math.abs(UUID.randomUUID()
                .getMostSignificantBits() % 100000), "name", "Kurs", "certificationType", "BASIC", "validMonths", 12)))
                .status()).isEqualTo(created);
        assertThat(api.post("/api/teams/sessions", token, Api.json(Map.of("courseTypeId", BASIC,
                "startsAt", Instant.now().toString(), "place", "Oslo", "trainer", "Demo", "capacity", 5)))
                .status()).isEqualTo(created);
        assertThat(api.put("/api/teams/sessions/" + session + "/attendance", token, null,
                Api.json(Map.of("present", java.util.List.of()))).status()).isEqualTo(done);
        assertThat(api.get("/api/teams/sessions/" + session, token).status()).isEqualTo(done);
    }

    @ParameterizedTest(name = "{0} enrols {1}: {2}")
    @CsvSource({
            "demo-coordinator-hf,      hf,      200",
            "demo-coordinator-hf,      kommune, 403",
            "demo-coordinator-kommune, kommune, 200",
            "demo-coordinator-kommune, hf,      403",
            "demo-facilitator-hf,      hf,      403",
            "demo-facilitator-hf,      self,    403",
            "demo-hf-intranet,         hf,      403",
            "demo-lpp-trainer,         kommune, 200"})
    void enrolling(String who, String whose, int expected) {
        String person = "self".equals(whose) ? facilitator
                : fixture.person("Kursdeltaker", "hf".equals(whose) ? HF : KOMMUNE, TeamFixture.admin());

        Api.Response response = api.post("/api/teams/sessions/" + session + "/enrolments", token(who),
                Api.json(Map.of("personId", person)));

        assertThat(response.status()).isEqualTo(expected);
    }

    @Test
    void certificationsAreSeenOnlyByTrainingStaffAndTheHoldersCoordinators() {
        String admin = TeamFixture.admin();
        api.post("/api/teams/sessions/" + session + "/enrolments", admin, Api.json(Map.of("personId", kommunePerson)));
        api.put("/api/teams/sessions/" + session + "/attendance", admin, null,
                Api.json(Map.of("present", java.util.List.of(kommunePerson))));
        api.postEmpty("/api/teams/sessions/" + session + "/completion", admin, null);

        assertThat(holders(api.get("/api/teams/certifications?size=200", token("demo-coordinator-kommune"))))
                .contains(kommunePerson);
        assertThat(holders(api.get("/api/teams/certifications?size=200", token("demo-coordinator-hf"))))
                .doesNotContain(kommunePerson);
        assertThat(holders(api.get("/api/teams/certifications?size=200", token("demo-lpp-trainer"))))
                .contains(kommunePerson);
        String certification = jdbc.sql("select id::text from certification where person_id = cast(? as uuid)")
                .param(kommunePerson).query(String.class).single();
        assertThat(api.post("/api/teams/certifications/" + certification + "/revocation", token("demo-coordinator-kommune"),
                Api.json(Map.of("reason", "feil"))).status()).isEqualTo(403);
        assertThat(api.post("/api/teams/certifications/" + certification + "/revocation", token("demo-lpp-trainer"),
                Api.json(Map.of("reason", "Registrert på feil person"))).json().get("status").asString())
                .isEqualTo("REVOKED");
    }

    /** Composition: a team's members come from its hosts, so no coordinator can pull someone in to see them. */
    @Test
    void aCoordinatorCannotPutAnotherOrganisationsProfessionalOnTheirTeamNorReadThemThrough() {
        String etag = api.get("/api/teams/teams/" + team, token("demo-coordinator-hf")).header("ETag").orElseThrow();

        Api.Response added = api.postWithIfMatch("/api/teams/teams/" + team + "/members", token("demo-coordinator-hf"),
                etag, Api.json(Map.of("personId", kommunePerson, "kind", "PROFESSIONAL")));

        assertThat(added.status()).isEqualTo(422);
        assertThat(added.json().get("detail").asString()).contains("ikke er vertskap for teamet");
        assertThat(api.get("/api/teams/persons/" + kommunePerson, token("demo-coordinator-hf")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/teams/teams/" + team, token("demo-lpp-admin")).json().get("members").toString())
                .doesNotContain(kommunePerson);
    }

    /**
     * Logins: a coordinator binds a login only to a person of their own organisations, and a login bound to a person
     * of one organisation does not make a caller from another organisation that person.
     */
    @Test
    void aLoginCountsOnlyFromThePersonsOwnOrganisation() {
        String kommuneFacilitator = "00000000-0000-4000-8000-00000000c002"; // demo-facilitator-kommune (deploy/keycloak)
        assertThat(api.post("/api/teams/persons", token("demo-coordinator-hf"), Api.json(Map.of("name", "Uten org",
                "userId", UUID.randomUUID().toString()))).status()).isEqualTo(403);
        String squatted = jdbc.sql("select id::text from person where user_id = cast(? as uuid)")
                .param(kommuneFacilitator).query(String.class).optional()
                .orElseGet(() -> api.post("/api/teams/persons", token("demo-coordinator-hf"), Api.json(Map.of(
                        "name", "Lånt innlogging", "organizationId", HF.toString(), "userId", kommuneFacilitator)))
                        .json().get("id").asString());
        String etag = api.get("/api/teams/teams/" + team, token("demo-lpp-admin")).header("ETag").orElseThrow();
        api.postWithIfMatch("/api/teams/teams/" + team + "/members", token("demo-lpp-admin"), etag,
                Api.json(Map.of("personId", squatted, "kind", "PROFESSIONAL")));

        assertThat(api.get("/api/teams/teams/" + team, token("demo-facilitator-kommune")).status()).isEqualTo(403);
        assertThat(api.get("/api/teams/teams?size=200", token("demo-facilitator-kommune")).body()).doesNotContain(team);
        assertThat(api.get("/api/teams/persons/" + squatted, token("demo-facilitator-kommune")).status())
                .isEqualTo(403);
    }

    /** More readers at once than the pool has connections: every one is answered, for none holds two connections. */
    @Test
    void moreConcurrentReadersThanConnectionsAreAllAnswered() throws Exception {
        String admin = TeamFixture.admin();
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> statuses = IntStream.range(0, 40).mapToObj(i -> readers.submit(() -> (i % 2 == 0
                    ? api.get("/api/teams/teams?size=50", admin) : api.get("/api/teams/teams/" + team, admin))
                    .status())).toList();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
    }

    @Test
    void aPersonIsReadableOnlyByThoseWhoActForThem() {
        assertThat(api.get("/api/teams/persons/" + hfPerson, token("demo-coordinator-hf")).status()).isEqualTo(200);
        assertThat(api.get("/api/teams/persons/" + hfPerson, token("demo-coordinator-kommune")).status()).isEqualTo(403);
        assertThat(api.get("/api/teams/persons/" + hfPerson, token("demo-facilitator-kommune")).status()).isEqualTo(403);
        assertThat(api.post("/api/teams/persons", token("demo-coordinator-kommune"),
                Api.json(Map.of("name", "X", "organizationId", HF.toString()))).status()).isEqualTo(403);
    }

    private static java.util.List<String> ids(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static java.util.List<String> holders(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream()
                .map(item -> item.get("certification").get("personId").asString()).toList();
    }

    private static String token(String who) {
        return Keycloak.shared().tokenOf(who);
    }
}
