package no.lpp.moteplass.team.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.team.TeamFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.DatabaseProxy;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service's database goes away (a proxy the test controls drops every connection and refuses new ones) and comes
 * back: requests are answered 503 at once, readiness says DOWN, nothing half-written stays, and an event that arrived
 * meanwhile is applied once the database is back, not parked (however long it is away: RetryBudgetTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Retried every second at most while the database is away, so the test sees the recovery within a second.
        properties = {"moteplass.test.database-proxy=true", "moteplass.kafka.outage-retry-max-interval=1s"})
@RealInfrastructure
class DatabaseOutageTest extends ServiceTest {

    @Autowired
    DatabaseProxy database;

    @AfterEach
    void restore() {
        database.restore();
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAre503AndReadinessIsDownThenItRecoversByItself() {
        String admin = TeamFixture.admin();
        String name = "Under utfall " + UUID.randomUUID();
        database.cut();

        // The first meet connections broken in the pool, the later ones an empty pool.
        Api.Response[] refused = {api.get("/api/teams/teams", admin),
                api.post("/api/teams/persons", admin, Api.json(Map.of("name", name))),
                api.get("/api/teams/teams", admin)};
        for (Api.Response response : refused) {
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).contains("5");
        }
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(503);

        database.restore();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/actuator/health/readiness", null).status() == 200);
        // the test reads the service's database through the same proxy
        assertThat(jdbc.sql("select count(*) from person where name = ?").param(name).query(Long.class).single())
                .as("the write refused during the outage").isZero();
        assertThat(api.post("/api/teams/persons", admin, Api.json(Map.of("name", name))).status()).isEqualTo(201);
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsAwayIsAppliedWhenItIsBackAndNeverParked() throws Exception {
        UUID organization = UUID.randomUUID();
        OrganizationState state = PartnershipEvents.organization(organization, "Utfall HF " + organization);
        database.cut();

        Kafka.send(kafka, PartnershipEvents.registered(UUID.randomUUID().toString(), state, Instant.now()));
        Thread.sleep(Duration.ofSeconds(10)); // a dozen attempts, far beyond a poison record's three
        database.restore();

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> jdbc.sql("select count(*) from known_organization"
                + " where id = ?").param(organization).query(Long.class).single() == 1);
        assertThat(Kafka.awaitRecord(kafka, Topics.deadLetter(Topics.PARTNERSHIP_ORGANIZATION),
                record -> organization.toString().equals(record.key()), Duration.ofSeconds(2)))
                .as("a valid event is never parked for an outage").isEmpty();
    }
}
