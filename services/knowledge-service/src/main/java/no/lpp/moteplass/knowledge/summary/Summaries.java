package no.lpp.moteplass.knowledge.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.support.web.ETags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Summaries {

    private final JdbcClient jdbc;

    Summaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Summary> ofMeeting(UUID meetingId) {
        List<Insight> insights = insights(meetingId);
        return jdbc.sql("select * from summary where meeting_id = ?").param(meetingId)
                .query((rs, row) -> map(rs, insights)).optional();
    }

    /** Inserts a new summary or stores a change made to the version before it (412 if someone was faster). */
    void save(Summary summary) {
        if (summary.version() == 0) {
            jdbc.sql("""
                    insert into summary (id, meeting_id, narrative, status, approved_by, created_at, created_by,
                        changed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """).params(summary.id(), summary.meetingId(), summary.narrative(), summary.status().name(),
                            summary.approvedBy().toArray(UUID[]::new), Timestamp.from(summary.createdAt()),
                            summary.createdBy(), Timestamp.from(summary.changedAt())).update();
        } else if (jdbc.sql("""
                update summary set narrative = ?, status = ?, approved_by = ?, changed_at = ?, published_at = ?,
                    version = ? where id = ? and version = ?
                """).params(summary.narrative(), summary.status().name(), summary.approvedBy().toArray(UUID[]::new),
                        Timestamp.from(summary.changedAt()),
                        summary.publishedAt() == null ? null : Timestamp.from(summary.publishedAt()),
                        summary.version(), summary.id(), summary.version() - 1).update() == 0) {
            throw ETags.stale();
        }
    }

    void replaceInsights(Summary summary) {
        jdbc.sql("delete from insight where summary_id = ?").param(summary.id()).update();
        int position = 0;
        for (Insight insight : summary.insights()) {
            jdbc.sql("""
                    insert into insight (id, summary_id, position, statement, kind, theme_tags, service_areas,
                        target_organization_ids) values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(insight.id(), summary.id(), position++, insight.statement(), insight.kind(),
                            insight.themeTags().toArray(String[]::new), insight.serviceAreas().toArray(String[]::new),
                            insight.targetOrganizationIds().toArray(UUID[]::new)).update();
        }
    }

    private List<Insight> insights(UUID meetingId) {
        return jdbc.sql("""
                select i.* from insight i join summary s on s.id = i.summary_id where s.meeting_id = ?
                order by i.position""").param(meetingId)
                .query((rs, row) -> new Insight(rs.getObject("id", UUID.class), rs.getString("statement"),
                        rs.getString("kind"), strings(rs, "theme_tags"), strings(rs, "service_areas"),
                        Arrays.asList((UUID[]) rs.getArray("target_organization_ids").getArray()))).list();
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }

    private static Summary map(ResultSet rs, List<Insight> insights) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Summary(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getString("narrative"), insights, Summary.Status.valueOf(rs.getString("status")),
                Arrays.asList((UUID[]) rs.getArray("approved_by").getArray()), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("changed_at").toInstant(),
                published == null ? null : published.toInstant(), rs.getLong("version"));
    }
}
