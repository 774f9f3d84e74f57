package no.lpp.moteplass.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.backoff.BackOffExecution;

/**
 * How long a consumer keeps trying a record. The team service's DatabaseOutageTest shows one outage end to end; this
 * shows that no outage is long enough to make a valid record give up, whatever the interval is set to.
 */
class RetryBudgetTest {

    @ParameterizedTest
    @ValueSource(strings = {"PT1S", "PT5S", "PT30S", "PT5M"})
    void aRecordWaitingForItsDatabaseIsTriedForEverAndNeverLessOftenThanTheMaximum(String maxInterval) {
        long max = Duration.parse(maxInterval).toMillis();
        BackOffExecution attempts = KafkaSupport.untilBack(Duration.ofMillis(max)).start();
        long waited = 0;
        for (int attempt = 0; waited < Duration.ofDays(30).toMillis(); attempt++) {
            long next = attempts.nextBackOff();
            assertThat(next).as("wait before attempt %d, after %d ms", attempt + 2, waited)
                    .isNotEqualTo(BackOffExecution.STOP).isPositive().isLessThanOrEqualTo(max);
            waited += next;
        }
    }

    @Test
    void aPoisonRecordIsTriedThreeTimesThenParked() {
        BackOffExecution attempts = KafkaSupport.POISON_RETRIES.start();
        assertThat(attempts.nextBackOff()).isEqualTo(500);
        assertThat(attempts.nextBackOff()).isEqualTo(500);
        assertThat(attempts.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }
}
