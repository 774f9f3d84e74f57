package no.lpp.moteplass.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.local.Settings;
import no.lpp.moteplass.local.platform.PostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests, chosen once per JVM: {@code MOTEPLASS_TEST_POSTGRES_URL} if set; otherwise
 * Testcontainers when a Docker engine is present; otherwise the local server at 127.0.0.1:5432 (user postgres).
 * Each caller gets its own freshly created database and drops it afterwards.
 */
public final class Postgres {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String PREFIX = "moteplass_test_";
    private static Postgres server;

    private final PostgresServer postgres;

    private Postgres(PostgresServer postgres) {
        this.postgres = postgres;
    }

    /** The server for this JVM, checked to answer. */
    public static synchronized Postgres server() {
        if (server == null) {
            server = new Postgres(choose());
            server.postgres.checkReachable();
            server.dropLeftovers();
        }
        return server;
    }

    private static PostgresServer choose() {
        if (Settings.isSet("MOTEPLASS_TEST_POSTGRES_URL")) {
            return new PostgresServer(Settings.get("MOTEPLASS_TEST_POSTGRES_URL", ""),
                    Settings.get("MOTEPLASS_TEST_POSTGRES_USER", "postgres"),
                    Settings.get("MOTEPLASS_TEST_POSTGRES_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return new PostgresServer("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
    }

    private static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
            return false; // asking Testcontainers would only log a page of errors
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String purpose) {
        String name = PREFIX + LocalDateTime.now().format(STAMP) + "_" + purpose.replaceAll("[^a-z0-9]", "")
                + "_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.execute("create database " + name);
        return urlOf(name);
    }

    /** Drops a database made by {@link #createDatabase}, closing whatever connections are still open to it. */
    public void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        if (!name.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Refusing to drop a database this harness did not create: " + name);
        }
        postgres.dropDatabase(name);
    }

    public String urlOf(String database) {
        return postgres.urlOf(database);
    }

    public String user() {
        return postgres.user();
    }

    public String password() {
        return postgres.password();
    }

    /** Databases left by a test JVM that was killed; anything older than six hours is certainly abandoned. */
    private void dropLeftovers() {
        String cutoff = LocalDateTime.now().minusHours(6).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String stamp = name.substring(PREFIX.length(), Math.min(name.length(), PREFIX.length() + 14));
                if (stamp.compareTo(cutoff) < 0) {
                    stale.add(name);
                }
            }
        } catch (SQLException e) {
            return; // best effort
        }
        stale.forEach(postgres::dropDatabase);
    }
}
