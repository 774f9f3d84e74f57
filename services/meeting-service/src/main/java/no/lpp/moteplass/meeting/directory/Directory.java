package no.lpp.moteplass.meeting.directory;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.teams.CertificationState;
import no.lpp.moteplass.contracts.teams.TeamState;
import no.lpp.moteplass.support.directory.MemberLogins;
import no.lpp.moteplass.support.directory.OrganizationTree;
import no.lpp.moteplass.support.inbox.InboundEvent;
import no.lpp.moteplass.support.inbox.Inbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read models, each event applied once (inbox) and only if newer than what is stored (as-of), so replays and
 * out-of-order deliveries change nothing.
 */
@Service
public class Directory {

    static final String CONSUMER = "meeting-service.directory";

    private final JdbcClient jdbc;
    private final Inbox inbox;

    Directory(JdbcClient jdbc, Inbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    @Transactional
    public void organization(InboundEvent event, OrganizationState state) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            OrganizationTree.remember(jdbc, state, event.time());
        }
    }

    @Transactional
    public void team(InboundEvent event, TeamState state) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            UUID[] professionals = state.members().stream().filter(m -> "PROFESSIONAL".equals(m.kind()))
                    .map(TeamState.Member::personId).toArray(UUID[]::new);
            jdbc.sql("""
                    insert into known_team (id, name, locality, status, host_organization_ids, professional_ids, as_of)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set name = excluded.name, locality = excluded.locality,
                        status = excluded.status, host_organization_ids = excluded.host_organization_ids,
                        professional_ids = excluded.professional_ids, as_of = excluded.as_of
                    where known_team.as_of < excluded.as_of
                    """)
                    .params(state.teamId(), state.name(), state.locality(), state.status(),
                            state.hostOrganizationIds().toArray(UUID[]::new), professionals,
                            Timestamp.from(event.time()))
                    .update();
            MemberLogins.remember(jdbc, state);
        }
    }

    @Transactional
    public void certification(InboundEvent event, CertificationState state) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            jdbc.sql("""
                    insert into known_certification (id, person_id, type, valid_until, status, as_of)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set valid_until = excluded.valid_until, status = excluded.status,
                        as_of = excluded.as_of
                    where known_certification.as_of < excluded.as_of
                    """)
                    .params(state.certificationId(), state.personId(), state.type(), Date.valueOf(state.validUntil()),
                            state.status(), Timestamp.from(event.time()))
                    .update();
        }
    }

    public Optional<KnownTeam> team(UUID id) {
        return jdbc.sql("select * from known_team where id = ?").param(id).query((rs, row) -> new KnownTeam(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("locality"), rs.getString("status"),
                uuids(rs.getArray("host_organization_ids")), uuids(rs.getArray("professional_ids")))).optional();
    }

    /** The team members (person ids) who log in as this Keycloak user; empty for anyone else. */
    public Set<UUID> personsOfLogin(String subject) {
        return MemberLogins.personsOf(jdbc, subject);
    }

    /** Whether the person holds a facilitator certification that is valid on that day. */
    public boolean isCertifiedFacilitator(UUID personId, LocalDate day) {
        return jdbc.sql("""
                select count(*) from known_certification
                where person_id = ? and type = 'FACILITATOR' and status = 'VALID' and valid_until >= ?
                """).params(personId, Date.valueOf(day)).query(Long.class).single() > 0;
    }

    /** The organisations with these Keycloak aliases and everything below them. */
    public Set<UUID> withDescendants(Collection<String> aliases) {
        return OrganizationTree.withDescendants(jdbc, aliases);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.asList((UUID[]) array.getArray());
    }
}
