package no.lpp.moteplass.knowledge.followup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FollowUps {

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(FollowUp f) {
        jdbc.sql("""
                insert into follow_up (id, insight_id, organization_id, status, created_at, changed_at, version)
                values (?, ?, ?, ?, ?, ?, 0)
                """).params(f.id(), f.insightId(), f.organizationId(), f.status().name(), Timestamp.from(f.createdAt()),
                        Timestamp.from(f.changedAt())).update();
    }

    void update(FollowUp f) {
        int updated = jdbc.sql("""
                update follow_up set status = ?, action = ?, responsible_role = ?, due_date = ?, reason = ?,
                    changed_at = ?, version = ? where id = ? and version = ?
                """).params(f.status().name(), f.action(), f.responsibleRole(),
                        f.dueDate() == null ? null : Date.valueOf(f.dueDate()), f.reason(),
                        Timestamp.from(f.changedAt()), f.version(), f.id(), f.version() - 1).update();
        if (updated == 0) {
            throw ETags.stale();
        }
    }

    /** A follow-up with the insight it answers. */
    public record WithInsight(FollowUp followUp, String statement, String kind, UUID meetingId) {
    }

    private static final String WITH_INSIGHT = """
            select f.*, i.statement, i.kind, s.meeting_id from follow_up f
            join insight i on i.id = f.insight_id join summary s on s.id = i.summary_id
            """;

    public Optional<WithInsight> withInsight(UUID id) {
        return jdbc.sql(WITH_INSIGHT + " where f.id = ?").param(id).query(FollowUps::withInsight).optional();
    }

    public Optional<FollowUp> find(UUID id) {
        return jdbc.sql("select * from follow_up where id = ?").param(id).query(FollowUps::map).optional();
    }

    /** Follow-ups of these organisations ({@code null}: all), newest first, optionally of one status. */
    public Page<WithInsight> list(Collection<UUID> organizations, FollowUp.Status status, PageRequest page) {
        String where = """
                 where (cast(:all as boolean) or f.organization_id = any(:organizations))
                   and (cast(:status as text) is null or f.status = :status)
                """;
        UUID[] ids = organizations == null ? new UUID[0] : organizations.toArray(UUID[]::new);
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("select count(*) from follow_up f" + where).param("all", organizations == null)
                .param("organizations", ids).param("status", statusName).query(Long.class).single();
        List<WithInsight> items = jdbc.sql(WITH_INSIGHT + where
                        + " order by f.created_at desc, f.id limit :size offset :offset")
                .param("all", organizations == null).param("organizations", ids).param("status", statusName)
                .param("size", page.size()).param("offset", page.offset()).query(FollowUps::withInsight).list();
        return Page.of(items, page, total);
    }

    private static WithInsight withInsight(ResultSet rs, int row) throws SQLException {
        return new WithInsight(map(rs, row), rs.getString("statement"), rs.getString("kind"),
                rs.getObject("meeting_id", UUID.class));
    }

    private static FollowUp map(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_date");
        return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("insight_id", UUID.class),
                rs.getObject("organization_id", UUID.class), FollowUp.Status.valueOf(rs.getString("status")),
                rs.getString("action"), rs.getString("responsible_role"), due == null ? null : due.toLocalDate(),
                rs.getString("reason"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("changed_at").toInstant(), rs.getLong("version"));
    }
}
