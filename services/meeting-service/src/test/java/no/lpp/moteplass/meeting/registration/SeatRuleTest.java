package no.lpp.moteplass.meeting.registration;

import static no.lpp.moteplass.meeting.MeetingFixture.professional;
import static no.lpp.moteplass.meeting.MeetingFixture.relative;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import no.lpp.moteplass.meeting.MeetingFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The seat rule under concurrency, for generated meetings: random capacities and seats reserved for relatives, a random
 * mix of relatives and professionals registering all at once, then random cancellations (some of the same link twice
 * at once). Whatever the interleaving: never more confirmed than the capacity, never professionals in relatives'
 * seats, nobody left waiting who fits a free seat, and the kept seat counts equal a recount. Replay a failure with
 * {@code -Dseats.seed=<seed>}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class SeatRuleTest extends ServiceTest {

    private static final int MEETINGS = 3;
    private static final int REGISTRATIONS = 60;

    private record Count(int confirmed, int professionals, int waitlisted, int relativesWaiting,
            int professionalsWaiting) {
    }

    @Test
    void concurrentRegistrationsAndCancellationsKeepTheSeatRuleAndTheCounts() {
        long seed = Long.getLong("seats.seed", System.nanoTime());
        System.out.println("SeatRuleTest seed=" + seed + " (replay with -Dseats.seed=" + seed + ")");
        Random random = new Random(seed);
        MeetingFixture fixture = new MeetingFixture(api, jdbc, kafka);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            for (int round = 0; round < MEETINGS; round++) {
                int capacity = 1 + random.nextInt(20);
                int reserved = random.nextInt(capacity + 1);
                String meeting = fixture.published(fixture.team("READY", true), capacity, reserved);
                String what = "seed " + seed + ", meeting " + round + " (capacity " + capacity + ", reserved " + reserved
                        + ")";

                List<Supplier<Api.Response>> registrations = new ArrayList<>();
                for (int i = 0; i < REGISTRATIONS; i++) {
                    String name = "Person " + round + "-" + i;
                    String email = "seat" + round + "-" + i + "-" + seed + "@example.no";
                    var body = random.nextBoolean() ? relative(name, email) : professional(name, email);
                    registrations.add(() -> api.post("/public/meetings/" + meeting + "/registrations", null,
                            Api.json(body)));
                }
                List<Api.Response> registered = allAtOnce(pool, registrations);
                assertThat(registered).as(what).extracting(Api.Response::status).containsOnly(201);
                assertRule(meeting, capacity, reserved, what + " after registering");

                List<Supplier<Api.Response>> cancellations = new ArrayList<>();
                for (Api.Response response : registered) {
                    String token = response.json().get("manageToken").asString();
                    int draw = random.nextInt(6);
                    for (int times = draw == 0 ? 2 : draw < 3 ? 1 : 0; times > 0; times--) {
                        cancellations.add(() -> api.delete("/public/registrations/" + token, null, null));
                    }
                }
                assertThat(allAtOnce(pool, cancellations)).as(what).extracting(Api.Response::status)
                        .allMatch(status -> status == 200 || status == 404);
                assertRule(meeting, capacity, reserved, what + " after cancelling");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertRule(String meeting, int capacity, int reserved, String what) {
        Count count = jdbc.sql("""
                select count(*) filter (where status = 'CONFIRMED') as confirmed,
                       count(*) filter (where status = 'CONFIRMED' and category = 'PROFESSIONAL') as professionals,
                       count(*) filter (where status = 'WAITLISTED') as waitlisted,
                       count(*) filter (where status = 'WAITLISTED' and category = 'RELATIVE') as relatives_waiting,
                       count(*) filter (where status = 'WAITLISTED' and category = 'PROFESSIONAL') as professionals_waiting
                from registration where meeting_id = cast(? as uuid)
                """).param(meeting).query((rs, row) -> new Count(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5))).single();
        Count kept = jdbc.sql("""
                select confirmed, confirmed_professionals, waitlisted from seat_count where meeting_id = cast(? as uuid)
                """).param(meeting).query((rs, row) -> new Count(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        count.relativesWaiting(), count.professionalsWaiting())).single();

        assertThat(kept).as(what + ": kept counts equal a recount").isEqualTo(count);
        assertThat(count.confirmed()).as(what + ": confirmed").isLessThanOrEqualTo(capacity);
        assertThat(count.professionals()).as(what + ": professionals confirmed").isLessThanOrEqualTo(capacity - reserved);
        if (count.relativesWaiting() > 0) {
            assertThat(count.confirmed()).as(what + ": a relative waits, so every seat is taken").isEqualTo(capacity);
        }
        if (count.professionalsWaiting() > 0) {
            assertThat(count.confirmed() == capacity || count.professionals() == capacity - reserved)
                    .as(what + ": a professional waits, so no seat is free for professionals").isTrue();
        }
    }

    private static List<Api.Response> allAtOnce(ExecutorService pool, List<Supplier<Api.Response>> calls) {
        CyclicBarrier together = new CyclicBarrier(Math.min(30, Math.max(1, calls.size())));
        List<CompletableFuture<Api.Response>> futures = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Supplier<Api.Response> call = calls.get(i);
            boolean first = i < 30;
            futures.add(CompletableFuture.supplyAsync(() -> {
                if (first) {
                    await(together);
                }
                return call.get();
            }, pool));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
