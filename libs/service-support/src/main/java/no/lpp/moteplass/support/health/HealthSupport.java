package no.lpp.moteplass.support.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Replaces Spring Boot's database health (named {@code db}, part of readiness) with one that answers in time. */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration")
public class HealthSupport {

    @Bean
    DatabaseHealth dbHealthIndicator(JdbcClient jdbc) {
        return new DatabaseHealth(jdbc);
    }
}
