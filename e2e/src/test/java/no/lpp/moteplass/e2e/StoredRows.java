package no.lpp.moteplass.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.lpp.moteplass.testsupport.Postgres;

/**
 * How many rows every table of every service holds, to tell that refused requests stored nothing. Left out: read models
 * fed by Kafka ({@code known_*}, the inbox, the feedback forms opened for held meetings), for other services' events may
 * still be arriving from earlier tests; and what the services' schedules add by themselves (the agreement and
 * certification calendars' history and events, the reminders' notifications). A stored record of any kind would
 * still show in its own table.
 */
final class StoredRows {

    private StoredRows() {
    }

    static Map<String, Long> count(Map<String, String> databases) {
        Map<String, Long> counts = new TreeMap<>();
        databases.forEach((service, url) -> {
            try (Connection connection = DriverManager.getConnection(url, Postgres.server().user(),
                    Postgres.server().password())) {
                for (String table : tables(connection)) {
                    try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
                        rows.next();
                        counts.put(service + "." + table, rows.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot count rows in " + service, e);
            }
        });
        return counts;
    }

    /**
     * Registrations and feedback answers stored so far — what a public form post could add — counted on connections
     * kept open, as they are asked after every post.
     */
    static final class Answers implements AutoCloseable {

        private final Connection meetings;
        private final Connection knowledge;

        Answers(Map<String, String> databases) throws SQLException {
            meetings = DriverManager.getConnection(databases.get("meeting-service"), Postgres.server().user(),
                    Postgres.server().password());
            knowledge = DriverManager.getConnection(databases.get("knowledge-service"), Postgres.server().user(),
                    Postgres.server().password());
        }

        long count() {
            return single(meetings, "select count(*) from registration") + single(knowledge,
                    "select count(*) from feedback");
        }

        private static long single(Connection connection, String sql) {
            try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            meetings.close();
            knowledge.close();
        }
    }

    /** The tables whose counts differ, with both counts. */
    static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.getOrDefault(table, 0L))) {
                changed.add(table + ": " + before.getOrDefault(table, 0L) + " → " + count);
            }
        });
        return changed;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                  and table_name not like 'known\\_%' and table_name not in
                      ('flyway_schema_history', 'inbox_processed_event', 'feedback_form', 'change_history',
                       'outbox_event', 'notification')
                order by 1""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
