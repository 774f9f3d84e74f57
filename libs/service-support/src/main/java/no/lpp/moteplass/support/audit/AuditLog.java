package no.lpp.moteplass.support.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes down who (subject, organisations, client) did what to which record, when. Holds ids and action names only, so
 * the log itself never becomes a copy of the personal data it protects.
 */
public class AuditLog {

    /** One audited access. */
    public record Entry(Instant at, String subject, List<String> organizations, String client, String action,
            String recordType, UUID recordId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records in the caller's transaction if there is one: a read of personal data is recorded before the data is
     * returned. Writes are recorded for every service by {@link WriteAudit}; {@code recordId} may be null for a write
     * that names no single record.
     */
    public void record(Caller caller, String action, String recordType, UUID recordId) {
        jdbc.sql("""
                insert into audit_log (at, subject, organizations, client, action, record_type, record_id)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(Timestamp.from(clock.instant()), caller.subject(), caller.organizations().toArray(String[]::new),
                        caller.client(), action, recordType, recordId)
                .update();
    }

    /** Newest first; optionally only one kind of record, or one record. */
    public Page<Entry> entries(String recordType, UUID recordId, PageRequest page) {
        String where = " where (cast(:type as text) is null or record_type = :type)"
                + " and (cast(:id as uuid) is null or record_id = :id)";
        long total = jdbc.sql("select count(*) from audit_log" + where).param("type", recordType).param("id", recordId)
                .query(Long.class).single();
        List<Entry> entries = jdbc.sql("select * from audit_log" + where + " order by id desc limit :size offset :offset")
                .param("type", recordType).param("id", recordId).param("size", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("subject"),
                        Arrays.asList((String[]) rs.getArray("organizations").getArray()), rs.getString("client"),
                        rs.getString("action"), rs.getString("record_type"), rs.getObject("record_id", UUID.class)))
                .list();
        return Page.of(entries, page, total);
    }
}
