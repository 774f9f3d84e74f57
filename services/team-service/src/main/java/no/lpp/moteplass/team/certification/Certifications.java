package no.lpp.moteplass.team.certification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Certifications {

    private final JdbcClient jdbc;

    Certifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Certification c) {
        jdbc.sql("""
                insert into certification (id, person_id, type, session_id, issued_on, valid_until, status,
                    revoked_reason, expiry_flagged_at, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(c.id(), c.personId(), c.type(), c.sessionId(), Date.valueOf(c.issuedOn()),
                        Date.valueOf(c.validUntil()), c.status().name(), c.revokedReason(),
                        timestamp(c.expiryFlaggedAt()), Timestamp.from(c.changedAt()))
                .update();
    }

    void update(Certification c) {
        jdbc.sql("""
                update certification set status = ?, revoked_reason = ?, expiry_flagged_at = ?, changed_at = ?
                where id = ?
                """)
                .params(c.status().name(), c.revokedReason(), timestamp(c.expiryFlaggedAt()),
                        Timestamp.from(c.changedAt()), c.id())
                .update();
    }

    public Optional<Certification> find(UUID id) {
        return jdbc.sql("select * from certification where id = ?").param(id).query(Certifications::map).optional();
    }

    /** Locks the certification, or returns empty when another replica's job holds it. */
    Optional<Certification> lockIfFree(UUID id) {
        return jdbc.sql("select * from certification where id = ? for update skip locked").param(id)
                .query(Certifications::map).optional();
    }

    List<UUID> dueForExpiry(LocalDate today) {
        return jdbc.sql("select id from certification where status = 'VALID' and valid_until < ?")
                .param(Date.valueOf(today)).query(UUID.class).list();
    }

    List<UUID> dueForExpiryFlag(LocalDate warnFrom) {
        return jdbc.sql("""
                select id from certification where status = 'VALID' and expiry_flagged_at is null and valid_until <= ?
                """).param(Date.valueOf(warnFrom)).query(UUID.class).list();
    }

    /**
     * @param persons  only these holders, or {@code null} for everyone
     * @param endingBy only valid ones ending on or before this day, or {@code null}
     */
    public List<Certification> list(UUID personId, Set<UUID> persons, LocalDate endingBy, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(personId, persons, endingBy, parameters);
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        return jdbc.sql("select * from certification" + where + " order by valid_until, id limit :limit offset :offset")
                .paramSource(parameters).query(Certifications::map).list();
    }

    public long count(UUID personId, Set<UUID> persons, LocalDate endingBy) {
        Map<String, Object> parameters = new HashMap<>();
        return jdbc.sql("select count(*) from certification" + where(personId, persons, endingBy, parameters))
                .paramSource(parameters).query(Long.class).single();
    }

    private static String where(UUID personId, Set<UUID> persons, LocalDate endingBy, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (personId != null) {
            where.append(" and person_id = :person");
            parameters.put("person", personId);
        }
        if (persons != null) {
            if (persons.isEmpty()) {
                where.append(" and false");
            } else {
                where.append(" and person_id in (:persons)");
                parameters.put("persons", persons);
            }
        }
        if (endingBy != null) {
            where.append(" and status = 'VALID' and valid_until <= :endingBy");
            parameters.put("endingBy", Date.valueOf(endingBy));
        }
        return where.toString();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Certification map(ResultSet rs, int row) throws SQLException {
        Timestamp flagged = rs.getTimestamp("expiry_flagged_at");
        return new Certification(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("type"), rs.getObject("session_id", UUID.class), rs.getDate("issued_on").toLocalDate(),
                rs.getDate("valid_until").toLocalDate(), CertificationStatus.valueOf(rs.getString("status")),
                rs.getString("revoked_reason"), flagged == null ? null : flagged.toInstant(),
                rs.getTimestamp("changed_at").toInstant());
    }
}
