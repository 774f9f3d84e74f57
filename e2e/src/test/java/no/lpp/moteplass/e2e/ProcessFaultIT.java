package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.lpp.moteplass.local.platform.Component;
import no.lpp.moteplass.local.platform.ServiceProcess;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Processes that die or hang, as they do in production: each fault is bounded, on this machine's loopback only, and
 * ends with the platform whole again. The two tests touch different services and run side by side.
 */
@ExtendWith(RunningPlatform.class)
@Order(13) // last: it kills and pauses the platform's processes
class ProcessFaultIT {

    final Api gateway = new Api(RunningPlatform.gateway());
    static String admin;
    static String coordinator;

    /** Asked for once, before the tests run side by side: Keycloak refuses simultaneous logins of one user. */
    @BeforeAll
    static void tokens() {
        admin = Keycloak.shared().token("demo-lpp-admin");
        coordinator = Keycloak.shared().token("demo-coordinator-hf");
    }

    /**
     * Organisations are registered through the gateway, ten a second, while the teams service (the consumer) is killed
     * with SIGKILL and the partnership service (the writer) is killed with SIGKILL and started again. Every
     * registration that was acknowledged is stored, its one event relayed, and — once the teams service is back and
     * has caught up on what piled up meanwhile — applied there exactly once.
     */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void servicesKilledDuringWritesLoseNothingAcknowledgedAndApplyNothingTwice() throws Exception {
        ServiceProcess partnership = RunningPlatform.process(Component.PARTNERSHIP);
        ServiceProcess team = RunningPlatform.process(Component.TEAM);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            Instant until = Instant.now().plusSeconds(120); // bounded whatever happens to the test
            while (writing.get() && Instant.now().isBefore(until)) {
                Api.Response created = gateway.post("/api/partnerships/organizations", admin, Api.json(Map.of(
                        "name", "Etter krasj " + UUID.randomUUID(), "type", "DPS", "region", "MIDT")));
                if (created.status() == 201) {
                    acknowledged.add(created.json().get("id").asString());
                } else {
                    assertThat(created.status()).as(created.body()).isEqualTo(503);
                    refused.incrementAndGet();
                }
                pause(100);
            }
        });
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged.size() >= 10);
            team.kill();
            await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged.size() >= 20);
            partnership.kill();
            // Both start again side by side: the teams service finds the events that piled up while it was away.
            partnership.restart();
            team.restart();
            partnership.awaitReady(Duration.ofMinutes(2));
            int beforeRestart = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= beforeRestart + 10);
        } finally {
            writing.set(false);
            writer.join();
            if (!team.isAlive()) {
                team.restart();
            }
        }
        team.awaitReady(Duration.ofMinutes(2));

        assertThat(refused.get()).as("writes refused with 503 while the partnership service was down").isPositive();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> acknowledged.stream()
                .allMatch(id -> gateway.get("/api/teams/organizations/" + id, admin).status() == 200));
        assertThat(count("partnership-service", "select count(*) from organization where id::text = any(?)",
                acknowledged)).as("every acknowledged registration stored").isEqualTo(acknowledged.size());
        List<String> events = registrationEvents(acknowledged);
        assertThat(events).as("one event per acknowledged registration").hasSize(acknowledged.size());
        Map<String, Long> applied = appliedByTeams(events);
        assertThat(applied).as("every event applied by the teams service").hasSize(events.size());
        assertThat(applied.values()).as("and each exactly once").containsOnly(1L);
        System.out.printf("[fault] %d registrations acknowledged, %d refused with 503 while the service was down; %d"
                + " events each applied once%n", acknowledged.size(), refused.get(), applied.size());
    }

    /**
     * The knowledge service hangs (SIGSTOP: its connections stay open, nothing answers). The gateway answers its route
     * with a 503 problem detail once its response timeout (15 s) has passed, and serves the meetings service's routes
     * meanwhile (the partnership and teams services are the other test's).
     */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aHungServiceIsA503WithinTheGatewaysTimeoutWhileOtherRoutesAnswer() {
        ServiceProcess knowledge = RunningPlatform.process(Component.KNOWLEDGE);
        knowledge.suspend();
        try {
            Instant asked = Instant.now();
            CompletableFuture<Api.Response> hung = CompletableFuture.supplyAsync(
                    () -> gateway.get("/api/knowledge/follow-ups", coordinator));
            for (int i = 0; i < 5; i++) {
                assertThat(gateway.get("/api/meetings/meetings", coordinator).status()).isEqualTo(200);
                assertThat(gateway.get("/public/meetings", null).status()).isEqualTo(200);
            }
            Api.Response answer = hung.join();
            Duration waited = Duration.between(asked, Instant.now());

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(waited).as("the response timeout, not the client's patience").isBetween(
                    Duration.ofSeconds(14), Duration.ofSeconds(25));
            System.out.printf("[fault] the hung service's route answered 503 after %d ms%n", waited.toMillis());
        } finally {
            knowledge.resume();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/knowledge/follow-ups", coordinator)
                .status() == 200);
    }

    private static List<String> registrationEvents(List<String> organizations) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect("partnership-service"); PreparedStatement query = connection
                .prepareStatement("select id::text from outbox_event where event_key = any(?) and event_type like"
                        + " '%registered%' and published_at is not null")) {
            query.setArray(1, connection.createArrayOf("text", organizations.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static Map<String, Long> appliedByTeams(List<String> events) throws SQLException {
        Map<String, Long> applied = new HashMap<>();
        try (Connection connection = connect("team-service"); PreparedStatement query = connection.prepareStatement(
                "select event_id, count(*) from inbox_processed_event where event_id = any(?) group by event_id")) {
            query.setArray(1, connection.createArrayOf("text", events.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return applied;
    }

    private static long count(String service, String sql, List<String> ids) throws SQLException {
        try (Connection connection = connect(service); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(RunningPlatform.databases().get(service), Postgres.server().user(),
                Postgres.server().password());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
