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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.Postgres;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Kafka broker stops for 20 seconds while organisations are registered through the gateway: every write is
 * acknowledged (the outbox holds the events), and once the broker is back the teams service has every one of them,
 * each event applied exactly once (its inbox holds each event id once, and none is missing).
 */
@ExtendWith(RunningPlatform.class)
@Order(12) // after the explorations: the broker's outage must not disturb other tests
class BrokerOutageIT {

    final Api gateway = new Api(RunningPlatform.gateway());

    @Test
    void writesDuringABrokerOutageAreAcknowledgedAndEveryEventArrivesExactlyOnceAfterwards() throws Exception {
        String admin = Keycloak.shared().token("demo-lpp-admin");
        List<String> acknowledged = new ArrayList<>();
        RunningPlatform.kafka().stop();
        // Longer than the relay's send timeout (15 s), so sends time out and are tried again, not just delayed.
        Instant until = Instant.now().plusSeconds(20);
        try {
            while (Instant.now().isBefore(until)) { // a bounded writer: two organisations a second for 20 s
                Api.Response created = gateway.post("/api/partnerships/organizations", admin, Api.json(Map.of(
                        "name", "Under brudd " + UUID.randomUUID(), "type", "DPS", "region", "NORD")));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                acknowledged.add(created.json().get("id").asString());
                Thread.sleep(500);
            }
        } finally {
            RunningPlatform.kafka().start();
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> acknowledged.stream()
                .allMatch(id -> gateway.get("/api/teams/organizations/" + id, admin).status() == 200));
        List<String> events = eventIds(acknowledged);
        assertThat(events).as("one registration event per organisation, all relayed").hasSize(acknowledged.size());
        assertThat(count("partnership-service", "select count(*) from outbox_event where published_at is null"))
                .isZero();
        for (String event : events) {
            assertThat(count("team-service", "select count(*) from inbox_processed_event where event_id = '" + event
                    + "'")).as("event " + event + " applied by the teams service").isEqualTo(1);
        }
    }

    private static List<String> eventIds(List<String> organizations) throws SQLException {
        try (Connection connection = connect("partnership-service"); PreparedStatement query = connection
                .prepareStatement("select id::text from outbox_event where event_key = any(?) and event_type like"
                        + " '%registered%'")) {
            query.setArray(1, connection.createArrayOf("text", organizations.toArray()));
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static long count(String service, String sql) throws SQLException {
        try (Connection connection = connect(service); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(RunningPlatform.databases().get(service), Postgres.server().user(),
                Postgres.server().password());
    }
}
