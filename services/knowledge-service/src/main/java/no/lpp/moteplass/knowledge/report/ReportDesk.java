package no.lpp.moteplass.knowledge.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.support.directory.OrganizationTree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes reports from the read models and the service's own data. Every query starts from the held meetings in
 * scope; figures about people are suppressed below the minimum group size, and complemented so no hidden figure can
 * be worked out from the others ({@link Suppression}).
 */
@Service
public class ReportDesk {

    private static final String MEETINGS = """
             from known_meeting m join known_team t on t.id = m.team_id
            where m.status = 'HELD' and m.starts_at >= :from and m.starts_at < :to and (%s)
            """;

    private final JdbcClient jdbc;
    private final int minimum;
    private final Suppression suppression;

    ReportDesk(JdbcClient jdbc, @Value("${moteplass.reports.minimum-group-size}") int minimum) {
        this.jdbc = jdbc;
        this.minimum = minimum;
        this.suppression = new Suppression(minimum);
    }

    public Report of(ReportScope scope, int year) {
        Map<String, Object> p = new HashMap<>();
        String filter = filter(scope, p);
        p.put("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(Norway.ZONE).toInstant()));
        p.put("to", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(Norway.ZONE).toInstant()));
        String meetings = MEETINGS.formatted(filter);
        return new Report(scope.level().name(), name(scope), year, halfYears(scope, year, meetings, p),
                count("select count(distinct m.team_id)" + meetings, p), partners(scope, year, p),
                participants(meetings, p), themes(meetings, p), feedback(meetings, p),
                insightsByServiceArea(meetings, p), followUpOutcomes(scope, meetings, p), minimum);
    }

    private String filter(ReportScope scope, Map<String, Object> p) {
        return switch (scope.level()) {
            case NATIONAL -> "true";
            case REGION -> {
                p.put("region", scope.region());
                yield "exists (select 1 from known_organization o where o.id = any(t.host_organization_ids)"
                        + " and o.region = :region)";
            }
            case ORGANIZATION -> {
                p.put("organizations", organizations(scope));
                yield "t.host_organization_ids && :organizations";
            }
            case TEAM -> {
                p.put("team", scope.teamId());
                yield "m.team_id = :team";
            }
        };
    }

    /** Which agreements count towards the target: those with a party in scope. */
    private String agreementFilter(ReportScope scope, Map<String, Object> p) {
        return switch (scope.level()) {
            case NATIONAL -> "true";
            case REGION -> "exists (select 1 from known_organization o where o.id = any(a.party_ids)"
                    + " and o.region = :region)";
            case ORGANIZATION -> "a.party_ids && :organizations";
            case TEAM -> "a.party_ids && (select host_organization_ids from known_team where id = :team)";
        };
    }

    private List<Report.HalfYear> halfYears(ReportScope scope, int year, String meetings, Map<String, Object> p) {
        List<Report.HalfYear> result = new ArrayList<>();
        for (int half = 1; half <= 2; half++) {
            LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
            LocalDate end = half == 1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
            Map<String, Object> q = new HashMap<>(p);
            q.put("halfStart", Timestamp.from(start.atStartOfDay(Norway.ZONE).toInstant()));
            q.put("halfEnd", Timestamp.from(end.atStartOfDay(Norway.ZONE).toInstant()));
            q.put("startDay", Date.valueOf(start));
            q.put("lastDay", Date.valueOf(end.minusDays(1)));
            int held = count("select count(*)" + meetings
                    + " and m.starts_at >= :halfStart and m.starts_at < :halfEnd", q);
            int target = count("""
                    select coalesce(sum(a.meetings_per_half_year), 0) from known_agreement a
                    where a.status <> 'DRAFT' and a.starts_on <= :lastDay and a.ends_on >= :startDay and (%s)
                    """.formatted(agreementFilter(scope, p)), q);
            result.add(new Report.HalfYear(year + "-H" + half, held, target));
        }
        return result;
    }

    private int partners(ReportScope scope, int year, Map<String, Object> p) {
        Map<String, Object> q = new HashMap<>(p);
        q.put("startDay", Date.valueOf(LocalDate.of(year, 1, 1)));
        q.put("lastDay", Date.valueOf(LocalDate.of(year, 12, 31)));
        return count("""
                select count(distinct party) from known_agreement a, unnest(a.party_ids) party
                where a.status <> 'DRAFT' and a.starts_on <= :lastDay and a.ends_on >= :startDay and (%s)
                  and not exists (select 1 from known_organization o where o.id = party and o.type like 'LPP%%')
                """.formatted(agreementFilter(scope, p)), q);
    }

    private Report.Participants participants(String meetings, Map<String, Object> p) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select e ->> 'category' as category, e ->> 'group' as grp, sum((e ->> 'count')::int) as n
                """ + meetings.replaceFirst(" from known_meeting m", " from known_meeting m"
                + " cross join lateral jsonb_array_elements(coalesce(m.attendance, '[]'::jsonb)) e")
                + " group by 1, 2 order by 1, 3 desc, 2").paramSource(p).query().listOfRows();
        List<Map.Entry<String, Integer>> relatives = new ArrayList<>();
        List<Map.Entry<String, Integer>> professionals = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            var cell = Map.entry((String) row.get("grp"), ((Number) row.get("n")).intValue());
            ("RELATIVE".equals(row.get("category")) ? relatives : professionals).add(cell);
        }
        Suppression.Table byRelation = suppression.table("RELATIVE", relatives);
        Suppression.Table bySector = suppression.table("PROFESSIONAL", professionals);
        return new Report.Participants(byRelation.total(), byRelation.cells(), bySector.total(), bySector.cells());
    }

    private List<Report.Count> themes(String meetings, Map<String, Object> p) {
        return counts("select coalesce(m.theme_title, 'Ukjent tema') as k, count(*) as n" + meetings
                + " group by 1 order by 2 desc, 1", p);
    }

    private Report.FeedbackSummary feedback(String meetings, Map<String, Object> p) {
        return jdbc.sql("""
                select count(*) as n, avg(f.usefulness) as usefulness, avg(f.felt_heard) as felt_heard,
                       avg(f.learned_about_services) as learned,
                       avg(case when f.would_recommend then 1.0 else 0.0 end) as recommend
                from feedback f where f.meeting_id in (select m.id""" + meetings + ")")
                .paramSource(p).query((rs, row) -> {
                    int n = rs.getInt("n");
                    if (n < minimum) {
                        return new Report.FeedbackSummary(suppression.single("RESPONSES", n), null, null, null, null);
                    }
                    return new Report.FeedbackSummary(suppression.single("RESPONSES", n),
                            round(rs.getDouble("usefulness")),
                            round(rs.getDouble("felt_heard")), round(rs.getDouble("learned")),
                            round(rs.getDouble("recommend")));
                }).single();
    }

    private List<Report.Count> insightsByServiceArea(String meetings, Map<String, Object> p) {
        return counts("""
                select area as k, count(*) as n from insight i join summary s on s.id = i.summary_id,
                    unnest(i.service_areas) area
                where s.status = 'PUBLISHED' and s.meeting_id in (select m.id""" + meetings + """
                ) group by 1 order by 2 desc, 1""", p);
    }

    /**
     * How the insights were followed up. For an organisation: what was addressed to it (and those below it); otherwise
     * what came from the meetings in scope.
     */
    private List<Report.Count> followUpOutcomes(ReportScope scope, String meetings, Map<String, Object> p) {
        String which = scope.level() == ReportScope.Level.ORGANIZATION
                ? "f.organization_id = any(:organizations) and f.created_at >= :from and f.created_at < :to"
                : "s.meeting_id in (select m.id" + meetings + ")";
        return counts("""
                select f.status as k, count(*) as n from follow_up f join insight i on i.id = f.insight_id
                join summary s on s.id = i.summary_id where %s group by 1 order by 1""".formatted(which), p);
    }

    private String name(ReportScope scope) {
        return switch (scope.level()) {
            case NATIONAL -> "Hele landet";
            case REGION -> scope.region();
            case ORGANIZATION -> jdbc.sql("select name from known_organization where id = ?")
                    .param(scope.organizationId()).query(String.class).optional().orElse("Ukjent organisasjon");
            case TEAM -> jdbc.sql("select name from known_team where id = ?").param(scope.teamId())
                    .query(String.class).optional().orElse("Ukjent team");
        };
    }

    private UUID[] organizations(ReportScope scope) {
        Set<UUID> tree = OrganizationTree.withDescendantsOf(jdbc, List.of(scope.organizationId()));
        return tree.toArray(UUID[]::new);
    }

    /** Counts of things (meetings, insights, follow-ups): not about people, so never suppressed. */
    private List<Report.Count> counts(String sql, Map<String, Object> p) {
        return jdbc.sql(sql).paramSource(p).query((rs, row) -> new Report.Count(rs.getString("k"), rs.getInt("n"),
                false)).list();
    }

    private int count(String sql, Map<String, Object> p) {
        return jdbc.sql(sql).paramSource(p).query(Integer.class).single();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
