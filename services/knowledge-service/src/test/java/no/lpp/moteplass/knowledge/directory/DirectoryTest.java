package no.lpp.moteplass.knowledge.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.meetings.MeetingEvents;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The meeting read model takes each event once and never lets an older one overwrite a newer one. */
// On a port like the module's other tests, only so that they all share one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DirectoryTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReplayedOrLateEventChangesNothing() {
        UUID meeting = UUID.randomUUID();
        Instant published = Instant.now().minusSeconds(60);
        Instant held = Instant.now();
        MeetingState publishedState = state(meeting, "PUBLISHED", null);
        MeetingState heldState = state(meeting, "HELD", List.of(new MeetingState.Attendance("RELATIVE", "PARENT", 7)));

        Kafka.sendEvent(kafka, MeetingEvents.MEETING_HELD, heldState, "held-" + meeting, held);
        Kafka.sendEvent(kafka, MeetingEvents.MEETING_PUBLISHED, publishedState, "published-" + meeting, published);
        Kafka.sendEvent(kafka, MeetingEvents.MEETING_HELD, heldState, "held-" + meeting, held);
        Kafka.sendEvent(kafka, MeetingEvents.MEETING_PUBLISHED, state(meeting, "PUBLISHED", null), "marker-" + meeting,
                published.minusSeconds(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from inbox_processed_event where event_id = ?").param("marker-" + meeting)
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("select status from known_meeting where id = ?").param(meeting).query(String.class)
                .single()).isEqualTo("HELD");
        assertThat(jdbc.sql("select attendance::text from known_meeting where id = ?").param(meeting)
                .query(String.class).single()).contains("\"count\": 7");
    }

    private static MeetingState state(UUID meeting, String status, List<MeetingState.Attendance> attendance) {
        return new MeetingState(meeting, UUID.randomUUID(), UUID.randomUUID(), status, Instant.now(), 30, 10, 0,
                attendance, "Åpenhet", List.of(UUID.randomUUID(), UUID.randomUUID()), Instant.now());
    }
}
