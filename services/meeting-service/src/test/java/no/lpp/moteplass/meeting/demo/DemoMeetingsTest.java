package no.lpp.moteplass.meeting.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import no.lpp.moteplass.meeting.MeetingFixture;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo meetings load, through the real rules, once the READY demo team arrives from the teams service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "moteplass.demo-data=true")
@RealInfrastructure
class DemoMeetingsTest extends ServiceTest {

    @Test
    void theBergenTeamGetsTwoPublishedMeetingsADraftAndOneHeldWithItsAttendance() {
        new MeetingFixture(api, jdbc, kafka).team("READY", true, MeetingFixture.HF, "MØTEPLASS Bergen");

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from meeting")
                .query(Long.class).single() == 4);

        assertThat(jdbc.sql("select status from meeting order by starts_at").query(String.class).list())
                .containsExactly("HELD", "PUBLISHED", "PUBLISHED", "DRAFT");
        assertThat(jdbc.sql("select sum(count) from attendance").query(Long.class).single()).isEqualTo(27);
        assertThat(jdbc.sql("select count(*) from registration").query(Long.class).single()).isEqualTo(3);
        assertThat(api.get("/public/meetings", null).json()).hasSize(2);
    }
}
