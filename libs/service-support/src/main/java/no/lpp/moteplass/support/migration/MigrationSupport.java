package no.lpp.moteplass.support.migration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * A service migrates its database as it starts, unless {@code moteplass.migrate-on-start=false}: the image's training
 * run (deploy/image/aot-train.sh) starts each service without a database to record the JVM's AOT cache. It cannot say
 * {@code spring.flyway.enabled=false} instead, because the image is processed ahead of time by Spring, which decides
 * whether Flyway is there when the image is built; this is read when the service starts.
 */
@AutoConfiguration
public class MigrationSupport {

    static final String MIGRATE_ON_START = "moteplass.migrate-on-start";

    @Bean
    FlywayMigrationStrategy migrateOnStart(@Value("${" + MIGRATE_ON_START + ":true}") boolean migrate) {
        return flyway -> {
            if (migrate) {
                flyway.migrate();
            }
        };
    }
}
