package no.lpp.moteplass.support.audit;

import java.time.Clock;
import no.lpp.moteplass.support.outbox.OutboxConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@AutoConfiguration(after = OutboxConfiguration.class) // which provides the Clock
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(JdbcClient jdbc, Clock clock) {
        return new AuditLog(jdbc, clock);
    }

    /** Every successful write through the API is audited, in every service, by the same interceptor. */
    @Bean
    WebMvcConfigurer writeAudit(AuditLog log) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new WriteAudit(log)).addPathPatterns("/api/**");
            }
        };
    }

    /** Each service exposes its log under its own API path, e.g. {@code /api/meetings/audit}. */
    @Bean
    AuditController auditController(AuditLog log) {
        return new AuditController(log);
    }
}
