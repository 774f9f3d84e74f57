package no.lpp.moteplass.support.migration;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import no.lpp.moteplass.testsupport.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A service migrates its database as it starts; the image's training run, which has no database, does not try. */
class MigrationSupportTest {

    static String database;

    final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    MigrationSupport.class))
            .withPropertyValues("spring.flyway.locations=classpath:db/support",
                    "spring.datasource.username=" + Postgres.server().user(),
                    "spring.datasource.password=" + Postgres.server().password());

    @BeforeAll
    static void createDatabase() {
        database = Postgres.server().createDatabase("migration");
    }

    @AfterAll
    static void dropDatabase() {
        Postgres.server().dropDatabase(database);
    }

    @Test
    void aServiceMigratesAsItStarts() {
        service.withPropertyValues("spring.datasource.url=" + database).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(JdbcClient.create(context.getBean(DataSource.class)).sql("select count(*) from flyway_schema_history where success")
                    .query(Long.class).single()).isPositive();
        });
    }

    /** The training run's database address is a closed port: any attempt to migrate would end the start. */
    @Test
    void theTrainingRunStartsWithoutADatabase() {
        service.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                "spring.datasource.hikari.data-source-properties.connectTimeout=1",
                MigrationSupport.MIGRATE_ON_START + "=false").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Flyway.class);
                });
        service.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                "spring.datasource.hikari.data-source-properties.connectTimeout=1")
                .run(context -> assertThat(context).hasFailed());
    }
}
