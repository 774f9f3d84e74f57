package no.lpp.moteplass.support.history;

import java.time.Clock;
import no.lpp.moteplass.support.outbox.OutboxConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(after = OutboxConfiguration.class) // which provides the Clock
public class HistoryConfiguration {

    @Bean
    ChangeHistory changeHistory(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new ChangeHistory(jdbc, json, clock);
    }
}
