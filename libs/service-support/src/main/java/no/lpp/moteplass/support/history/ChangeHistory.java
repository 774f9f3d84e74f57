package no.lpp.moteplass.support.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Records each change in the same transaction as the change itself. */
public class ChangeHistory {

    /**
     * One recorded change.
     *
     * @param change  what happened, e.g. {@code REGISTERED}, {@code CHANGED}, {@code SIGNED}
     * @param details the relevant new values
     */
    public record Change(Instant changedAt, String changedBy, String change, JsonNode details) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public ChangeHistory(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String aggregateType, UUID aggregateId, String change, String changedBy, Object details) {
        jdbc.sql("""
                insert into change_history (aggregate_type, aggregate_id, changed_at, changed_by, change, details)
                values (?, ?, ?, ?, ?, cast(? as jsonb))
                """)
                .params(aggregateType, aggregateId, Timestamp.from(clock.instant()), changedBy, change,
                        details == null ? null : json.writeValueAsString(details))
                .update();
    }

    public List<Change> of(String aggregateType, UUID aggregateId) {
        return jdbc.sql("""
                select changed_at, changed_by, change, details::text as details from change_history
                where aggregate_type = ? and aggregate_id = ? order by id
                """)
                .params(aggregateType, aggregateId)
                .query((rs, row) -> new Change(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("change"), rs.getString("details") == null ? null : json.readTree(rs.getString("details"))))
                .list();
    }
}
