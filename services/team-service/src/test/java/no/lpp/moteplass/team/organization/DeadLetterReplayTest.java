package no.lpp.moteplass.team.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.team.TeamFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The operator's way back for a parked record: once its cause is fixed, LPP's administrator replays the dead-letter
 * topic and the record is applied — once, however often the replay is asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DeadLetterReplayTest extends ServiceTest {

    static final String REPLAY = "/api/teams/dead-letters/" + Topics.PARTNERSHIP_ORGANIZATION + "/replay";

    @Test
    void aParkedEventIsAppliedWhenReplayedAndOnlyOnce() {
        UUID organization = UUID.randomUUID();
        OrganizationState state = PartnershipEvents.organization(organization, "Parkert HF " + organization);
        ProducerRecord<String, String> event = PartnershipEvents.registered(UUID.randomUUID().toString(), state,
                Instant.now());
        Kafka.send(kafka, new ProducerRecord<>(Topics.deadLetter(Topics.PARTNERSHIP_ORGANIZATION), null,
                event.key(), event.value(), event.headers()));

        assertThat(api.postEmpty(REPLAY, TeamFixture.coordinatorHf(), null).status()).isEqualTo(403);
        Api.Response replayed = api.postEmpty(REPLAY, TeamFixture.admin(), null);
        Api.Response again = api.postEmpty(REPLAY, TeamFixture.admin(), null);

        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.json().get("replayed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(again.json().get("replayed").asInt()).as("each parked record is replayed once").isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_organization"
                + " where id = ?").param(organization).query(Long.class).single() == 1);
        assertThat(api.postEmpty("/api/teams/dead-letters/moteplass.unknown.v1/replay", TeamFixture.admin(), null)
                .status()).as("only topics this service reads").isEqualTo(404);
    }
}
