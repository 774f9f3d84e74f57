package no.lpp.moteplass.knowledge.directory;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.contracts.partnership.AgreementState;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.teams.TeamState;
import no.lpp.moteplass.support.directory.MemberLogins;
import no.lpp.moteplass.support.directory.OrganizationTree;
import no.lpp.moteplass.support.inbox.InboundEvent;
import no.lpp.moteplass.support.inbox.Inbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read models, each event applied once (inbox) and only if newer than what is stored (as-of), so replays and
 * out-of-order deliveries change nothing.
 */
@Service
public class Directory {

    static final String CONSUMER = "knowledge-service.directory";

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final JsonMapper json;

    Directory(JdbcClient jdbc, Inbox inbox, JsonMapper json) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.json = json;
    }

    @Transactional
    public void organization(InboundEvent event, OrganizationState state) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            OrganizationTree.remember(jdbc, state, event.time());
        }
    }

    @Transactional
    public void agreement(InboundEvent event, AgreementState state) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            jdbc.sql("""
                    insert into known_agreement (id, status, starts_on, ends_on, meetings_per_half_year, party_ids, as_of)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set status = excluded.status, starts_on = excluded.starts_on,
                        ends_on = excluded.ends_on, meetings_per_half_year = excluded.meetings_per_half_year,
                        party_ids = excluded.party_ids, as_of = excluded.as_of
                    where known_agreement.as_of < excluded.as_of
                    """)
                    .params(state.agreementId(), state.status(), Date.valueOf(state.startsOn()),
                            Date.valueOf(state.endsOn()), state.meetingsPerHalfYear(),
                            state.parties().stream().map(AgreementState.Party::organizationId).toArray(UUID[]::new),
                            Timestamp.from(event.time()))
                    .update();
        }
    }

    @Transactional
    public void team(InboundEvent event, TeamState state) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            jdbc.sql("""
                    insert into known_team (id, name, status, host_organization_ids, as_of) values (?, ?, ?, ?, ?)
                    on conflict (id) do update set name = excluded.name, status = excluded.status,
                        host_organization_ids = excluded.host_organization_ids, as_of = excluded.as_of
                    where known_team.as_of < excluded.as_of
                    """)
                    .params(state.teamId(), state.name(), state.status(),
                            state.hostOrganizationIds().toArray(UUID[]::new), Timestamp.from(event.time()))
                    .update();
            MemberLogins.remember(jdbc, state);
        }
    }

    @Transactional
    public void meeting(InboundEvent event, MeetingState state) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            jdbc.sql("""
                    insert into known_meeting (id, team_id, theme_id, theme_title, status, starts_at, facilitator_ids,
                        attendance, as_of)
                    values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                    on conflict (id) do update set team_id = excluded.team_id, theme_id = excluded.theme_id,
                        theme_title = excluded.theme_title, status = excluded.status, starts_at = excluded.starts_at,
                        facilitator_ids = excluded.facilitator_ids, attendance = excluded.attendance,
                        as_of = excluded.as_of
                    where known_meeting.as_of < excluded.as_of
                    """)
                    .params(state.meetingId(), state.teamId(), state.themeId(), state.themeTitle(), state.status(),
                            Timestamp.from(state.startsAt()),
                            (state.facilitatorIds() == null ? List.<UUID>of() : state.facilitatorIds())
                                    .toArray(UUID[]::new),
                            state.attendance() == null ? null : json.writeValueAsString(state.attendance()),
                            Timestamp.from(event.time()))
                    .update();
        }
    }

    public Optional<KnownMeeting> meeting(UUID id) {
        return jdbc.sql("""
                select m.*, t.name as team_name, t.host_organization_ids from known_meeting m
                left join known_team t on t.id = m.team_id where m.id = ?
                """).param(id).query((rs, row) -> new KnownMeeting(rs.getObject("id", UUID.class),
                        rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getString("theme_title"),
                        rs.getString("status"), rs.getTimestamp("starts_at").toInstant(),
                        uuids(rs.getArray("facilitator_ids")), uuids(rs.getArray("host_organization_ids"))))
                .optional();
    }

    public boolean organizationExists(UUID id) {
        return jdbc.sql("select count(*) from known_organization where id = ?").param(id).query(Long.class)
                .single() > 0;
    }

    /** The team members (person ids) who log in as this Keycloak user; empty for anyone else. */
    public Set<UUID> personsOfLogin(String subject) {
        return MemberLogins.personsOf(jdbc, subject);
    }

    public Set<UUID> withDescendants(Collection<String> aliases) {
        return OrganizationTree.withDescendants(jdbc, aliases);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
