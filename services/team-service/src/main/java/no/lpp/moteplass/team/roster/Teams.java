package no.lpp.moteplass.team.roster;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Teams {

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Team team) {
        jdbc.sql("""
                insert into team (id, name, locality, status, host_organization_ids, created_at, created_by, changed_at,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(team.id(), team.name(), team.locality(), team.status().name(),
                        team.hostOrganizationIds().toArray(UUID[]::new), Timestamp.from(team.createdAt()),
                        team.createdBy(), Timestamp.from(team.changedAt()), team.version())
                .update();
        replaceMembers(team);
    }

    /** Stores a change made to {@code expectedVersion}; 412 if someone else changed the team meanwhile. */
    void update(Team team, long expectedVersion) {
        int updated = jdbc.sql("""
                update team set name = ?, locality = ?, status = ?, changed_at = ?, version = ?
                where id = ? and version = ?
                """)
                .params(team.name(), team.locality(), team.status().name(), Timestamp.from(team.changedAt()),
                        team.version(), team.id(), expectedVersion)
                .update();
        if (updated == 0) {
            throw ETags.stale();
        }
        replaceMembers(team);
    }

    private void replaceMembers(Team team) {
        jdbc.sql("delete from team_member where team_id = ?").param(team.id()).update();
        for (Team.Member member : team.members()) {
            jdbc.sql("insert into team_member (team_id, person_id, kind, coordinator) values (?, ?, ?, ?)")
                    .params(team.id(), member.personId(), member.kind().name(), member.coordinator())
                    .update();
        }
    }

    /**
     * A team with its members, read in one statement: reading the members with a second query per row while the first
     * is still open would hold two pooled connections per request, and enough concurrent readers would wait for each
     * other until the pool's timeout.
     */
    private static final String WITH_MEMBERS = """
            select t.*,
                   array(select m.person_id from team_member m where m.team_id = t.id order by m.person_id) as member_ids,
                   array(select m.kind from team_member m where m.team_id = t.id order by m.person_id) as member_kinds,
                   array(select m.coordinator from team_member m where m.team_id = t.id order by m.person_id)
                       as member_coordinators
            from team t""";

    public Optional<Team> find(UUID id) {
        return jdbc.sql(WITH_MEMBERS + " where t.id = ?").param(id).query(Teams::map).optional();
    }

    /** Locks the team for this transaction, so concurrent recomputations of it happen one after the other. */
    Optional<Team> lock(UUID id) {
        return jdbc.sql(WITH_MEMBERS + " where t.id = ? for update of t").param(id).query(Teams::map).optional();
    }

    public List<UUID> hostedByAny(Collection<UUID> organizationIds) {
        return jdbc.sql("select id from team where host_organization_ids && ? order by id")
                .param(organizationIds.toArray(UUID[]::new)).query(UUID.class).list();
    }

    List<UUID> withMember(UUID personId) {
        return jdbc.sql("select team_id from team_member where person_id = ? order by team_id").param(personId)
                .query(UUID.class).list();
    }

    /** Members of this kind holding a certification of this type that is valid on {@code day}. */
    long certifiedMembers(UUID teamId, MemberKind kind, String certificationType, LocalDate day) {
        return jdbc.sql("""
                select count(distinct m.person_id) from team_member m
                join certification c on c.person_id = m.person_id
                where m.team_id = ? and m.kind = ? and c.type = ? and c.status = 'VALID' and c.valid_until >= ?
                """)
                .params(teamId, kind.name(), certificationType, Date.valueOf(day))
                .query(Long.class).single();
    }

    /**
     * Teams visible under a filter.
     *
     * @param hostedBy    teams hosted by any of these organisations, or {@code null} for no such limit
     * @param withPersons teams one of these persons is a member of, or {@code null} for no such limit
     */
    public List<Team> list(TeamStatus status, Set<UUID> hostedBy, Set<UUID> withPersons, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(status, hostedBy, withPersons, parameters);
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        return jdbc.sql(WITH_MEMBERS + where + " order by lower(t.name), t.id limit :limit offset :offset")
                .paramSource(parameters).query(Teams::map).list();
    }

    public long count(TeamStatus status, Set<UUID> hostedBy, Set<UUID> withPersons) {
        Map<String, Object> parameters = new HashMap<>();
        return jdbc.sql("select count(*) from team t" + where(status, hostedBy, withPersons, parameters))
                .paramSource(parameters).query(Long.class).single();
    }

    private static String where(TeamStatus status, Set<UUID> hostedBy, Set<UUID> withPersons,
            Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (status != null) {
            where.append(" and t.status = :status");
            parameters.put("status", status.name());
        }
        if (hostedBy != null || withPersons != null) {
            where.append(" and (false");
            if (hostedBy != null) {
                where.append(" or t.host_organization_ids && cast(:hosts as uuid[])");
                parameters.put("hosts", hostedBy.toArray(UUID[]::new));
            }
            if (withPersons != null && !withPersons.isEmpty()) {
                where.append(" or t.id in (select team_id from team_member where person_id in (:persons))");
                parameters.put("persons", withPersons);
            }
            where.append(")");
        }
        return where.toString();
    }

    private static Team map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Array hosts = rs.getArray("host_organization_ids");
        UUID[] persons = (UUID[]) rs.getArray("member_ids").getArray();
        String[] kinds = (String[]) rs.getArray("member_kinds").getArray();
        Boolean[] coordinators = (Boolean[]) rs.getArray("member_coordinators").getArray();
        List<Team.Member> members = new ArrayList<>();
        for (int i = 0; i < persons.length; i++) {
            members.add(new Team.Member(persons[i], MemberKind.valueOf(kinds[i]), coordinators[i]));
        }
        return new Team(id, rs.getString("name"), rs.getString("locality"), TeamStatus.valueOf(rs.getString("status")),
                Arrays.asList((UUID[]) hosts.getArray()), members, rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("changed_at").toInstant(), rs.getLong("version"));
    }
}
