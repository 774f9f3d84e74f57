package no.lpp.moteplass.team.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import no.lpp.moteplass.team.TeamFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class EnrolmentTest extends ServiceTest {

    TeamFixture fixture;
    String trainer;

    @BeforeEach
    void setUp() {
        fixture = new TeamFixture(api, jdbc, kafka);
        trainer = TeamFixture.trainer();
    }

    @Test
    void enrolmentNeverExceedsCapacityUnderConcurrentRequests() throws Exception {
        String session = session(3);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(fixture.person("Deltaker " + i, null, trainer));
        }
        CyclicBarrier together = new CyclicBarrier(people.size());
        List<CompletableFuture<Api.Response>> requests = people.stream()
                .map(person -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return api.post("/api/teams/sessions/" + session + "/enrolments", trainer,
                            Api.json(Map.of("personId", person)));
                }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()))
                .toList();
        List<String> statuses = requests.stream().map(CompletableFuture::join)
                .map(response -> response.json().get("status").asString()).toList();

        assertThat(statuses).filteredOn("ENROLLED"::equals).hasSize(3);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(9);
        assertThat(jdbc.sql("select count(*) from enrolment where session_id = cast(? as uuid) and status = 'ENROLLED'")
                .param(session).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theFirstOnTheWaitingListMovesUpWhenSomeoneCancels() {
        String session = session(1);
        String first = fixture.person("Første", null, trainer);
        String second = fixture.person("Andre", null, trainer);
        String third = fixture.person("Tredje", null, trainer);
        for (String person : List.of(first, second, third)) {
            api.post("/api/teams/sessions/" + session + "/enrolments", trainer, Api.json(Map.of("personId", person)));
        }

        assertThat(api.delete("/api/teams/sessions/" + session + "/enrolments/" + first, trainer, null).status())
                .isEqualTo(204);

        var enrolments = api.get("/api/teams/sessions/" + session, trainer).json().get("enrolments");
        assertThat(enrolments.valueStream().filter(e -> e.get("personId").asString().equals(second))
                .map(e -> e.get("status").asString())).containsExactly("ENROLLED");
        assertThat(enrolments.valueStream().filter(e -> e.get("personId").asString().equals(third))
                .map(e -> e.get("status").asString())).containsExactly("WAITLISTED");
    }

    @Test
    void onlyPeopleWithAPlaceCanBeMarkedPresentAndACompletedSessionIsClosed() {
        String session = session(1);
        String placed = fixture.person("Med plass", null, trainer);
        String waiting = fixture.person("På venteliste", null, trainer);
        api.post("/api/teams/sessions/" + session + "/enrolments", trainer, Api.json(Map.of("personId", placed)));
        api.post("/api/teams/sessions/" + session + "/enrolments", trainer, Api.json(Map.of("personId", waiting)));

        assertThat(api.put("/api/teams/sessions/" + session + "/attendance", trainer, null,
                Api.json(Map.of("present", List.of(waiting)))).status()).isEqualTo(422);
        api.put("/api/teams/sessions/" + session + "/attendance", trainer, null, Api.json(Map.of("present", List.of(placed))));
        assertThat(api.postEmpty("/api/teams/sessions/" + session + "/completion", trainer, null).json()
                .get("certified").asInt()).isEqualTo(1);

        assertThat(api.postEmpty("/api/teams/sessions/" + session + "/completion", trainer, null).status()).isEqualTo(422);
        assertThat(api.post("/api/teams/sessions/" + session + "/enrolments", trainer,
                Api.json(Map.of("personId", waiting))).status()).isEqualTo(422);
    }

    @Test
    void aSessionNeedsAPlaceOrALinkAndAValidCapacity() {
        Map<String, Object> noWhere = Map.of("courseTypeId", TeamReadinessIds.BASIC, "startsAt", Instant.now().toString(),
                "trainer", "Demo", "capacity", 5);
        Map<String, Object> noCapacity = Map.of("courseTypeId", TeamReadinessIds.BASIC, "startsAt",
                Instant.now().toString(), "trainer", "Demo", "capacity", 0, "place", "Oslo");

        assertThat(api.post("/api/teams/sessions", trainer, Api.json(noWhere)).status()).isEqualTo(422);
        assertThat(api.post("/api/teams/sessions", trainer, Api.json(noCapacity)).status()).isEqualTo(400);
    }

    private String session(int capacity) {
        Api.Response response = api.post("/api/teams/sessions", trainer, Api.json(Map.of(
                "courseTypeId", TeamReadinessIds.BASIC, "startsAt", Instant.now().toString(),
                "onlineLink", "https://moter.example.no/grunnkurs", "trainer", "Demo Kursholder", "capacity", capacity)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The course types the first migration seeds. */
    static final class TeamReadinessIds {
        static final String BASIC = "7d0f6b2a-0000-4000-8000-000000000001";
    }
}
