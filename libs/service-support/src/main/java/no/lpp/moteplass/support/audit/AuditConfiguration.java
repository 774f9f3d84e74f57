package no.lpp.moteplass.support.audit;

import java.time.Clock;
import no.lpp.moteplass.support.outbox.OutboxConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

@AutoConfiguration(after = OutboxConfiguration.class) // which provides the Clock
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(JdbcClient jdbc, Clock clock) {
        return new AuditLog(jdbc, clock);
    }

    /** Each service exposes its log under its own API path, e.g. {@code /api/meetings/audit}. */
    @Bean
    AuditController auditController(AuditLog log) {
        return new AuditController(log);
    }
}
