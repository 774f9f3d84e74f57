package no.lpp.moteplass.meeting.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.meeting.planning.CheckIns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the rest of the service may know of registrants, so that only the registration feature reads its table: whom
 * to write to and, when an email is written, the registration it is for; and who came, counted.
 */
@Repository
public class Registrants implements CheckIns {

    private final JdbcClient jdbc;

    Registrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those with a seat or on the waiting list who gave an email address. */
    public List<UUID> reachable(UUID meetingId) {
        return jdbc.sql("""
                select id from registration
                where meeting_id = ? and status in ('CONFIRMED', 'WAITLISTED') and email is not null
                """).param(meetingId).query(UUID.class).list();
    }

    /** Those with a seat who gave an email address and registered before {@code registeredBefore}. */
    public List<UUID> reachableWithSeat(UUID meetingId, Instant registeredBefore) {
        return jdbc.sql("""
                select id from registration
                where meeting_id = ? and status = 'CONFIRMED' and email is not null and registered_at < ?
                """).params(meetingId, Timestamp.from(registeredBefore)).query(UUID.class).list();
    }

    /** The registrations with these ids, by id; an erased one has no name or contact details left. */
    public Map<UUID, Registration> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from registration where id = any(?)").param(ids.toArray(UUID[]::new))
                .query(RegistrationDesk::map).stream()
                .collect(Collectors.toMap(Registration::id, Function.identity()));
    }

    @Override
    public List<MeetingState.Attendance> counted(UUID meetingId) {
        return jdbc.sql("""
                select category, coalesce(relation, sector, 'OTHER') as grp, count(*) as count from registration
                where meeting_id = ? and checked_in_at is not null
                group by category, coalesce(relation, sector, 'OTHER')
                """).param(meetingId).query((rs, row) -> new MeetingState.Attendance(rs.getString("category"),
                        rs.getString("grp"), rs.getInt("count"))).list();
    }
}
