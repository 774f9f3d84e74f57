package no.lpp.moteplass.team.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import no.lpp.moteplass.team.person.PersonDesk;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

// On a port like the module's other tests, only so that they all share one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CertificationCalendarTest {

    @Autowired
    CertificationCalendar calendar;

    @Autowired
    CertificationDesk register;

    @Autowired
    PersonDesk people;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoReplicasRunningTheJobAtOnceFlagAndExpireEachCertificationExactlyOnce() throws Exception {
        LocalDate issued = LocalDate.now().minusMonths(11);
        List<UUID> certifications = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID person = people.register("Kursdeltaker " + i, null, null, null, null, null, "test").id();
            certifications.add(transactions.execute(status -> register.issue(person, "BASIC", null, issued, 12, "test")).id());
        }

        runTwiceAtOnce(LocalDate.now());
        runTwiceAtOnce(issued.plusMonths(12).plusDays(1));

        assertThat(certifications).allSatisfy(id -> {
            assertThat(jdbc.sql("select status from certification where id = ?").param(id).query(String.class).single())
                    .isEqualTo("EXPIRED");
            assertThat(count("select count(*) from outbox_event where event_key = ? and event_type = "
                    + "'moteplass.teams.certification.expired.v1'", id)).isEqualTo(1);
            assertThat(count("select count(*) from change_history where aggregate_id = cast(? as uuid) and change = "
                    + "'EXPIRING_SOON'", id)).isEqualTo(1);
        });
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id.toString()).query(Long.class).single();
    }

    private void runTwiceAtOnce(LocalDate day) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable run = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            calendar.run(day);
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(run), CompletableFuture.runAsync(run)).get();
    }
}
