package no.lpp.moteplass.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    private final String adminUrl;
    private final String user;
    private final String password;

    private Postgres(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** The server for this JVM, checked to answer. */
    public static synchronized Postgres server() {
        if (server == null) {
            server = choose();
            server.checkReachable();
            server.dropLeftovers();
        }
        return server;
    }

    /**
     * The server the local platform keeps its data on: {@code POSTGRES_HOST}/{@code _PORT}/{@code _USER}/
     * {@code _PASSWORD}, by default the local server at 127.0.0.1:5432 as user postgres.
     */
    public static Postgres local() {
        Postgres local = new Postgres("jdbc:postgresql://" + Settings.get("POSTGRES_HOST", "127.0.0.1") + ":"
                + Settings.get("POSTGRES_PORT", "5432") + "/postgres",
                Settings.get("POSTGRES_USER", "postgres"), Settings.get("POSTGRES_PASSWORD", ""));
        local.checkReachable();
        return local;
    }

    private static Postgres choose() {
        if (Settings.isSet("MOTEPLASS_TEST_POSTGRES_URL")) {
            return new Postgres(Settings.get("MOTEPLASS_TEST_POSTGRES_URL", ""),
                    Settings.get("MOTEPLASS_TEST_POSTGRES_USER", "postgres"),
                    Settings.get("MOTEPLASS_TEST_POSTGRES_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Postgres(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return new Postgres("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
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
        execute("create database " + name);
        return urlOf(name);
    }

    /** Drops a database made by {@link #createDatabase}, closing whatever connections are still open to it. */
    public void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        if (!name.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Refusing to drop a database this harness did not create: " + name);
        }
        execute("drop database if exists " + name + " with (force)");
    }

    /** Creates the database if it does not exist yet (used by the local platform, whose data is kept). */
    public void ensureDatabase(String name) {
        try (Connection connection = connect();
                var query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public void dropDatabaseNamed(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    public String urlOf(String database) {
        return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private void checkReachable() {
        try (Connection ignored = connect()) {
            // reachable
        } catch (SQLException e) {
            throw new MissingInfrastructure("PostgreSQL is not reachable at " + adminUrl + " as user " + user + ": "
                    + e.getMessage(),
                    "start the local server (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start),"
                            + " or set MOTEPLASS_TEST_POSTGRES_URL / _USER / _PASSWORD to a server you can create"
                            + " databases on, or run a Docker engine so Testcontainers can start one.", e);
        }
    }

    /** Databases left by a test JVM that was killed; anything older than six hours is certainly abandoned. */
    private void dropLeftovers() {
        String cutoff = LocalDateTime.now().minusHours(6).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
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
        stale.forEach(this::dropDatabaseNamed);
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }
}
