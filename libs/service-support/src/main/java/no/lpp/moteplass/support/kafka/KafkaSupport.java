package no.lpp.moteplass.support.kafka;

import java.time.Duration;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.support.inbox.Inbox;
import no.lpp.moteplass.support.inbox.PoisonEventException;
import no.lpp.moteplass.support.problem.Outages;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(KafkaProperties.class)
public class KafkaSupport {

    /** A poison record's attempts: the first and two more, half a second apart. */
    static final BackOff POISON_RETRIES = new FixedBackOff(500, 2);

    /**
     * A record that fails because something the consumer needs is away (its database, the network) is retried until
     * it is back — however long that is, in order, holding up only its partition — for such a record is valid and
     * must not be lost. Any other failure is the record's own (a poison record): it is retried twice, then parked on
     * {@code <topic>.dlt}, from where an operator can replay it ({@link DeadLetters}).
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, KafkaProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        var handler = new DefaultErrorHandler(recoverer, POISON_RETRIES);
        BackOff untilBack = untilBack(properties.outageRetryMaxInterval());
        handler.setBackOffFunction((record, exception) -> Outages.isOutage(exception) ? untilBack : null);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    /** While what a record needs is away: from half a second, doubling up to {@code maxInterval}, for ever. */
    static BackOff untilBack(Duration maxInterval) {
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(maxInterval.toMillis()); // and no limit on the attempts or the time
        return backOff;
    }

    @Bean
    DeadLetters deadLetters(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> template,
            @Value("${spring.application.name}") String application) {
        return new DeadLetters(consumers, template, application);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters, KafkaListenerEndpointRegistry listeners) {
        return new DeadLetterController(deadLetters, listeners);
    }

    @Bean
    TopicDeclarations topicDeclarations(KafkaProperties properties) {
        return new TopicDeclarations(properties);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties());
    }

    @Bean
    Inbox inbox(JdbcClient jdbc) {
        return new Inbox(jdbc);
    }
}
