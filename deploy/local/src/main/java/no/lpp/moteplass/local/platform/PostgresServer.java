package no.lpp.moteplass.local.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.lpp.moteplass.local.MissingInfrastructure;
import no.lpp.moteplass.local.Settings;

/**
 * A PostgreSQL server the platform keeps its databases on, reached as a user who may create databases. The launcher
 * does not start PostgreSQL: it uses the machine's ({@link #local()}); test-support's {@code Postgres} chooses one
 * for the tests and makes its databases through this class too.
 */
public final class PostgresServer {

    private final String adminUrl;
    private final String user;
    private final String password;

    /** {@code adminUrl}: the JDBC URL of a database to connect to for administration, e.g. {@code .../postgres}. */
    public PostgresServer(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * The server the local platform keeps its data on: {@code POSTGRES_HOST}/{@code _PORT}/{@code _USER}/
     * {@code _PASSWORD}, by default the local server at 127.0.0.1:5432 as user postgres. Checked to answer.
     */
    public static PostgresServer local() {
        PostgresServer local = new PostgresServer("jdbc:postgresql://" + Settings.get("POSTGRES_HOST", "127.0.0.1")
                + ":" + Settings.get("POSTGRES_PORT", String.valueOf(Ports.POSTGRES)) + "/postgres",
                Settings.get("POSTGRES_USER", "postgres"), Settings.get("POSTGRES_PASSWORD", ""));
        local.checkReachable();
        return local;
    }

    /** Creates the database if it does not exist yet (the local platform's data is kept between runs). */
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

    /** Drops the database, closing whatever connections are still open to it. */
    public void dropDatabase(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    /** A connection to the administration database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    /** The JDBC URL of {@code database} on this server. */
    public String urlOf(String database) {
        return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public void checkReachable() {
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
}
