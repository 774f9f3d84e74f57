package no.lpp.moteplass.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for pending events (commits also wake it directly)
 * @param batchSize    how many events one round sends at most
 * @param sendTimeout  how long to wait for Kafka to acknowledge one event
 * @param retention    how long published events are kept before clean-up
 */
@ConfigurationProperties("moteplass.outbox")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("7d") Duration retention) {
}
