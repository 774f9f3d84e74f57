package no.lpp.moteplass.support.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's part of readiness, answered within {@link #LIMIT}: a request may wait longer for a connection (so a
 * burst queues rather than fails), but a probe must say DOWN quickly when the database is away. The check itself runs
 * on a thread of its own and is left to finish (or fail) when it takes too long.
 */
class DatabaseHealth extends AbstractHealthIndicator {

    static final Duration LIMIT = Duration.ofMillis(1500);

    private final JdbcClient jdbc;

    DatabaseHealth(JdbcClient jdbc) {
        super("Database health check failed");
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try {
            CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(
                    () -> jdbc.sql("select 1").query(Integer.class).single(), task -> Thread.ofVirtual().start(task));
            answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            builder.up().withDetail("database", "PostgreSQL");
        } catch (TimeoutException slow) {
            builder.down().withDetail("error", "no answer within " + LIMIT.toMillis() + " ms");
        } catch (ExecutionException failed) {
            builder.down(failed.getCause());
        }
    }
}
