package no.lpp.moteplass.meeting.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Meetings {

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Meeting meeting) {
        jdbc.sql("""
                insert into meeting (id, team_id, theme_id, title, description, venue_name, venue_address,
                    accessibility_notes, online_link, starts_at, facilitator_ids, capacity, reserved_for_relatives,
                    registration_opens_at, registration_closes_at, status, sequence, created_at, created_by,
                    changed_at, version)
                values (:id, :team, :theme, :title, :description, :venueName, :venueAddress, :accessibility, :link,
                    :startsAt, :facilitators, :capacity, :reserved, :opens, :closes, :status, :sequence, :createdAt,
                    :createdBy, :changedAt, :version)
                """).paramSource(parameters(meeting)).update();
    }

    /** Stores a change made to the version before it; 412 if someone else changed the meeting meanwhile. */
    void update(Meeting meeting) {
        int updated = jdbc.sql("""
                update meeting set venue_name = :venueName, venue_address = :venueAddress,
                    accessibility_notes = :accessibility, online_link = :link, starts_at = :startsAt, status = :status,
                    sequence = :sequence, changed_at = :changedAt, version = :version,
                    published_at = coalesce(published_at,
                        case when cast(:status as text) = 'PUBLISHED' then cast(:changedAt as timestamptz) end)
                where id = :id and version = :version - 1
                """).paramSource(parameters(meeting)).update();
        if (updated == 0) {
            throw ETags.stale();
        }
    }

    public Optional<Meeting> find(UUID id) {
        return jdbc.sql("select * from meeting where id = ?").param(id).query(Meetings::map).optional();
    }

    /**
     * Reads the meeting and keeps it from being changed (cancelled, moved) until commit, without making those who read
     * it this way wait on each other: registrations read the meeting like this.
     */
    public Optional<Meeting> share(UUID id) {
        return jdbc.sql("select * from meeting where id = ? for share").param(id).query(Meetings::map).optional();
    }

    private static final String DESCRIBED = """
            select m.*, t.name as team_name, t.locality as team_locality, th.title as theme_title,
                   array(select o.id from known_organization o where o.id = any(t.host_organization_ids)
                         order by o.name) as host_ids,
                   array(select o.name from known_organization o where o.id = any(t.host_organization_ids)
                         order by o.name) as host_names
            from meeting m join known_team t on t.id = m.team_id join theme th on th.id = m.theme_id
            """;

    /**
     * Meetings that were published and have not ended, for the public listing; cancelled ones stay so calendars learn
     * of the cancellation. A meeting never published is never listed, whatever became of it.
     */
    public List<DescribedMeeting> upcoming(Instant now, UUID organizationId, String region, UUID teamId, UUID themeId) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder sql = new StringBuilder(DESCRIBED
                + " where m.published_at is not null and m.status in ('PUBLISHED', 'CANCELLED')"
                + " and m.starts_at > :since");
        p.put("since", Timestamp.from(now.minus(MeetingFormat.MEETING)));
        if (organizationId != null) {
            sql.append(" and :organization = any(t.host_organization_ids)");
            p.put("organization", organizationId);
        }
        if (region != null) {
            sql.append(" and exists (select 1 from known_organization o where o.id = any(t.host_organization_ids)"
                    + " and o.region = :region)");
            p.put("region", region);
        }
        if (teamId != null) {
            sql.append(" and m.team_id = :team");
            p.put("team", teamId);
        }
        if (themeId != null) {
            sql.append(" and m.theme_id = :theme");
            p.put("theme", themeId);
        }
        sql.append(" order by m.starts_at, m.id limit 500");
        return jdbc.sql(sql.toString()).paramSource(p).query(Meetings::described).list();
    }

    /** Published meetings that start after {@code after} and no later than {@code until}. */
    public List<Meeting> publishedStarting(Instant after, Instant until) {
        return jdbc.sql("select * from meeting where status = 'PUBLISHED' and starts_at > ? and starts_at <= ?")
                .params(Timestamp.from(after), Timestamp.from(until)).query(Meetings::map).list();
    }

    /** One meeting with the public names of its team and theme, whatever its status. */
    public Optional<DescribedMeeting> described(UUID id) {
        return jdbc.sql(DESCRIBED + " where m.id = :id").param("id", id).query(Meetings::described).optional();
    }

    /** One meeting as the public may see it: only if it was once published (it may since be cancelled or held). */
    public Optional<DescribedMeeting> publicOne(UUID id) {
        return jdbc.sql(DESCRIBED + " where m.id = :id and m.published_at is not null").param("id", id)
                .query(Meetings::described).optional();
    }

    /**
     * The meetings a planner sees, newest first: of teams hosted by {@code organizations}, or led by {@code persons};
     * {@code null} for both means all.
     */
    public Page<Meeting> list(Collection<UUID> organizations, Collection<UUID> persons, UUID teamId, MeetingStatus status,
            PageRequest page) {
        String where = """
                 where (cast(:all as boolean)
                        or m.team_id in (select t.id from known_team t where t.host_organization_ids && :organizations)
                        or m.facilitator_ids && :persons)
                   and (cast(:team as uuid) is null or m.team_id = :team)
                   and (cast(:status as text) is null or m.status = :status)
                """;
        Map<String, Object> p = new HashMap<>();
        p.put("all", organizations == null && persons == null);
        p.put("organizations", (organizations == null ? List.<UUID>of() : organizations).toArray(UUID[]::new));
        p.put("persons", (persons == null ? List.<UUID>of() : persons).toArray(UUID[]::new));
        p.put("team", teamId);
        p.put("status", status == null ? null : status.name());
        long total = jdbc.sql("select count(*) from meeting m" + where).paramSource(p).query(Long.class).single();
        p.put("size", page.size());
        p.put("offset", page.offset());
        List<Meeting> items = jdbc.sql("select m.* from meeting m" + where
                + " order by m.starts_at desc, m.id limit :size offset :offset").paramSource(p).query(Meetings::map).list();
        return Page.of(items, page, total);
    }

    /** A meeting with the public names of its team and theme. */
    public record DescribedMeeting(Meeting meeting, String teamName, String locality, String themeTitle,
            List<Host> hosts) {
    }

    /** An organisation hosting the meeting's team, by its public name. */
    public record Host(UUID id, String name) {
    }

    private static DescribedMeeting described(ResultSet rs, int row) throws SQLException {
        UUID[] hostIds = (UUID[]) rs.getArray("host_ids").getArray();
        String[] hostNames = (String[]) rs.getArray("host_names").getArray();
        List<Host> hosts = java.util.stream.IntStream.range(0, hostIds.length)
                .mapToObj(i -> new Host(hostIds[i], hostNames[i])).toList();
        return new DescribedMeeting(map(rs, row), rs.getString("team_name"), rs.getString("team_locality"),
                rs.getString("theme_title"), hosts);
    }

    private static Map<String, Object> parameters(Meeting m) {
        Meeting.Details d = m.details();
        Map<String, Object> p = new HashMap<>();
        p.put("id", m.id());
        p.put("team", m.teamId());
        p.put("theme", m.themeId());
        p.put("title", d.title());
        p.put("description", d.description());
        p.put("venueName", d.venueName());
        p.put("venueAddress", d.venueAddress());
        p.put("accessibility", d.accessibilityNotes());
        p.put("link", d.onlineLink());
        p.put("startsAt", Timestamp.from(d.startsAt().toInstant()));
        p.put("facilitators", d.facilitatorIds().toArray(UUID[]::new));
        p.put("capacity", d.capacity());
        p.put("reserved", d.reservedForRelatives());
        p.put("opens", d.registrationOpensAt() == null ? null : Timestamp.from(d.registrationOpensAt()));
        p.put("closes", d.registrationClosesAt() == null ? null : Timestamp.from(d.registrationClosesAt()));
        p.put("status", m.status().name());
        p.put("sequence", m.sequence());
        p.put("createdAt", Timestamp.from(m.createdAt()));
        p.put("createdBy", m.createdBy());
        p.put("changedAt", Timestamp.from(m.changedAt()));
        p.put("version", m.version());
        return p;
    }

    private static Meeting map(ResultSet rs, int row) throws SQLException {
        Timestamp opens = rs.getTimestamp("registration_opens_at");
        Timestamp closes = rs.getTimestamp("registration_closes_at");
        var details = new Meeting.Details(rs.getString("title"), rs.getString("description"),
                rs.getString("venue_name"), rs.getString("venue_address"), rs.getString("accessibility_notes"),
                rs.getString("online_link"),
                rs.getTimestamp("starts_at").toInstant().atZone(Norway.ZONE),
                Arrays.asList((UUID[]) rs.getArray("facilitator_ids").getArray()), rs.getInt("capacity"),
                rs.getInt("reserved_for_relatives"), opens == null ? null : opens.toInstant(),
                closes == null ? null : closes.toInstant());
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("theme_id", UUID.class), details, MeetingStatus.valueOf(rs.getString("status")),
                rs.getInt("sequence"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("changed_at").toInstant(), rs.getLong("version"));
    }
}
