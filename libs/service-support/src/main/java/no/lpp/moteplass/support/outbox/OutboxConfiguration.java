package no.lpp.moteplass.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import no.lpp.moteplass.support.tracing.Traces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            @Value("/moteplass/${spring.application.name}") String source, OutboxProperties properties,
            MeterRegistry meters, Traces traces) {
        return new OutboxRelay(jdbc, transactions, kafka, source, properties, meters, traces);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxRelay relay, Traces traces) {
        return new Outbox(jdbc, json, clock, relay, traces);
    }
}
