package no.lpp.moteplass.team.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.team.TeamFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo teams load once the partnership demo register has arrived as events, in the three promised states. */
@SpringBootTest(properties = "moteplass.demo-data=true")
@RealInfrastructure
class DemoDataTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsReadyFormingAndSuspendedTeamsWhenThePartnersAreKnown() {
        var fixture = new TeamFixture(new Api("http://unused"), jdbc, kafka);
        UUID bergen = UUID.randomUUID();
        UUID trondheim = UUID.randomUUID();
        UUID fjordby = UUID.randomUUID();
        organization(fixture, bergen, "Demo Helseforetak HF", "demo-hf");
        organization(fixture, trondheim, "Demo Sjukehus HF", null);
        organization(fixture, fjordby, "Fjordby kommune (demo)", null);
        fixture.agreement(UUID.randomUUID(), "ACTIVE", bergen, Instant.now());
        fixture.agreement(UUID.randomUUID(), "ACTIVE", trondheim, Instant.now());
        fixture.agreement(UUID.randomUUID(), "TERMINATED", fjordby, Instant.now());

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from team").query(Long.class)
                .single() == 3);

        assertThat(status("MØTEPLASS Bergen")).isEqualTo("READY");
        assertThat(status("MØTEPLASS Trondheim")).isEqualTo("FORMING");
        assertThat(status("MØTEPLASS Fjordby")).isEqualTo("SUSPENDED");
        // The certification calendar runs right after the last team is stored.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from certification where expiry_flagged_at is not null").query(Long.class).single())
                .as("a soon-expiring certification").isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from person where user_id is not null").query(Long.class).single())
                .as("demo-coordinator-hf and demo-facilitator-hf").isEqualTo(2);
    }

    private static void organization(TeamFixture fixture, UUID id, String name, String alias) {
        fixture.send(PartnershipEvents.ORGANIZATION_REGISTERED,
                new OrganizationState(id, name, "HEALTH_TRUST", null, null, "VEST", null, alias, true, Instant.now()),
                UUID.randomUUID().toString(), Instant.now());
    }

    private String status(String team) {
        return jdbc.sql("select status from team where name = ?").param(team).query(String.class).single();
    }
}
