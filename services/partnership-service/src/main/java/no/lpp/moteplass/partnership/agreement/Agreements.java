package no.lpp.moteplass.partnership.agreement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class Agreements {

    private static final TypeReference<List<Party>> PARTIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Agreements(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(Agreement agreement) {
        jdbc.sql("""
                insert into agreement (id, title, status, starts_on, ends_on, meetings_per_half_year, parties,
                    predecessor_id, termination_reason, expiry_flagged_at, created_at, created_by, changed_at, version)
                values (:id, :title, :status, :startsOn, :endsOn, :meetings, cast(:parties as jsonb), :predecessor,
                    :reason, :flagged, :createdAt, :createdBy, :changedAt, :version)
                """)
                .paramSource(parameters(agreement))
                .update();
    }

    /** Stores a change made to the version before it; 412 if someone else changed the agreement meanwhile. */
    void update(Agreement agreement) {
        int updated = jdbc.sql("""
                update agreement set title = :title, status = :status, starts_on = :startsOn, ends_on = :endsOn,
                    meetings_per_half_year = :meetings, parties = cast(:parties as jsonb),
                    termination_reason = :reason, expiry_flagged_at = :flagged, changed_at = :changedAt,
                    version = :version
                where id = :id and version = :version - 1
                """)
                .paramSource(parameters(agreement))
                .update();
        if (updated == 0) {
            throw ETags.stale();
        }
    }

    public Optional<Agreement> find(UUID id) {
        return jdbc.sql("select * from agreement where id = ?").param(id).query(this::map).optional();
    }

    /**
     * Locks the agreement for this transaction, or returns empty if another transaction (another replica's calendar)
     * holds it: that one is already dealing with it.
     */
    Optional<Agreement> lockIfFree(UUID id) {
        return jdbc.sql("select * from agreement where id = ? for update skip locked").param(id).query(this::map).optional();
    }

    public boolean hasSuccessor(UUID id) {
        return jdbc.sql("select count(*) from agreement where predecessor_id = ?").param(id).query(Long.class).single() > 0;
    }

    /** Candidates for the calendar: each is checked again, locked, before anything changes. */
    List<UUID> dueForActivation(LocalDate today) {
        return jdbc.sql("select id from agreement where status = 'DRAFT' and starts_on <= ? and ends_on >= ?")
                .params(Date.valueOf(today), Date.valueOf(today)).query(UUID.class).list();
    }

    List<UUID> dueForExpiry(LocalDate today) {
        return jdbc.sql("select id from agreement where status = 'ACTIVE' and ends_on < ?")
                .param(Date.valueOf(today)).query(UUID.class).list();
    }

    List<UUID> dueForExpiryFlag(LocalDate warnFrom) {
        return jdbc.sql("select id from agreement where status = 'ACTIVE' and expiry_flagged_at is null and ends_on <= ?")
                .param(Date.valueOf(warnFrom)).query(UUID.class).list();
    }

    public List<Agreement> list(AgreementFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        return jdbc.sql("select * from agreement" + where + " order by ends_on, id limit :limit offset :offset")
                .paramSource(parameters).query(this::map).list();
    }

    public long count(AgreementFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        return jdbc.sql("select count(*) from agreement" + where(filter, parameters)).paramSource(parameters)
                .query(Long.class).single();
    }

    private static String where(AgreementFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.organizationId() != null) {
            conditions.add("parties @> cast(:party as jsonb)");
            parameters.put("party", "[{\"organizationId\":\"" + filter.organizationId() + "\"}]");
        }
        if (filter.endingBy() != null) {
            conditions.add("status = 'ACTIVE' and ends_on <= :endingBy");
            parameters.put("endingBy", Date.valueOf(filter.endingBy()));
        }
        if (filter.visible() != null) {
            if (filter.visible().isEmpty()) {
                conditions.add("false");
            } else {
                conditions.add("exists (select 1 from jsonb_array_elements(parties) party"
                        + " where (party ->> 'organizationId')::uuid in (:visible))");
                parameters.put("visible", filter.visible());
            }
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private Map<String, Object> parameters(Agreement agreement) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", agreement.id());
        parameters.put("title", agreement.terms().title());
        parameters.put("status", agreement.status().name());
        parameters.put("startsOn", Date.valueOf(agreement.terms().startsOn()));
        parameters.put("endsOn", Date.valueOf(agreement.terms().endsOn()));
        parameters.put("meetings", agreement.terms().meetingsPerHalfYear());
        parameters.put("parties", json.writeValueAsString(agreement.terms().parties()));
        parameters.put("predecessor", agreement.predecessorId());
        parameters.put("reason", agreement.terminationReason());
        parameters.put("flagged", timestamp(agreement.expiryFlaggedAt()));
        parameters.put("createdAt", timestamp(agreement.createdAt()));
        parameters.put("createdBy", agreement.createdBy());
        parameters.put("changedAt", timestamp(agreement.changedAt()));
        parameters.put("version", agreement.version());
        return parameters;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private Agreement map(ResultSet rs, int row) throws SQLException {
        Timestamp flagged = rs.getTimestamp("expiry_flagged_at");
        return new Agreement(
                rs.getObject("id", UUID.class),
                new Agreement.Terms(rs.getString("title"), rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(), rs.getInt("meetings_per_half_year"),
                        json.readValue(rs.getString("parties"), PARTIES)),
                AgreementStatus.valueOf(rs.getString("status")),
                rs.getObject("predecessor_id", UUID.class),
                rs.getString("termination_reason"),
                flagged == null ? null : flagged.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getLong("version"));
    }
}
