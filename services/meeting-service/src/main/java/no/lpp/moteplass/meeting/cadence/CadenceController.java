package no.lpp.moteplass.meeting.cadence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.meeting.access.MeetingAccess;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The concept asks each team for two to three meetings per half-year: this flags the teams below or above that, for
 * LPP (all teams) and coordinators (their organisations' teams). Published and held meetings count; drafts and
 * cancelled ones do not.
 */
@RestController
@RequestMapping("/api/meetings/cadence")
class CadenceController {

    static final int FEWEST = 2;
    static final int MOST = 3;

    enum Flag { TOO_FEW, OK, TOO_MANY }

    record TeamCadence(UUID teamId, String teamName, String halfYear, int meetings, Flag flag) {
    }

    private final JdbcClient jdbc;
    private final MeetingAccess access;
    private final Clock clock;

    CadenceController(JdbcClient jdbc, MeetingAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    List<TeamCadence> cadence(@RequestParam(required = false) String halfYear) {
        HalfYear period = halfYear == null ? HalfYear.containing(LocalDate.now(clock.withZone(Norway.ZONE))) : HalfYear.parse(halfYear);
        Caller caller = Caller.current();
        boolean all = caller.hasRole(Roles.LPP_ADMIN);
        Set<UUID> coordinated = all ? Set.of() : access.coordinated(caller);
        return jdbc.sql("""
                select t.id, t.name, count(m.id) as meetings
                from known_team t
                left join meeting m on m.team_id = t.id and m.status in ('PUBLISHED', 'HELD')
                    and m.starts_at >= :from and m.starts_at < :to
                where t.status <> 'DISSOLVED' and (:all or t.host_organization_ids && :organizations)
                group by t.id, t.name order by t.name, t.id
                """)
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .param("all", all).param("organizations", coordinated.toArray(UUID[]::new))
                .query((rs, row) -> {
                    int meetings = rs.getInt("meetings");
                    Flag flag = meetings < FEWEST ? Flag.TOO_FEW : meetings > MOST ? Flag.TOO_MANY : Flag.OK;
                    return new TeamCadence(rs.getObject("id", UUID.class), rs.getString("name"), period.toString(),
                            meetings, flag);
                }).list();
    }
}
