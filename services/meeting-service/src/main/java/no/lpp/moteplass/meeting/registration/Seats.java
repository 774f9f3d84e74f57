package no.lpp.moteplass.meeting.registration;

import java.util.UUID;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.SeatCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's seat counts (table {@code seat_count}), kept in the transaction of every registration and cancellation.
 * The row is what registrations for one meeting wait on, so taking a seat is a single statement made last before
 * commit; a cancellation locks the row for its whole decision, as it may promote someone from the waiting list.
 */
@Repository
class Seats implements SeatCounts.Source {

    /** The counts as held while deciding: professionals counted apart, as they may not take relatives' seats. */
    record Held(int confirmed, int professionals, int waitlisted) {

        static final Held NONE = new Held(0, 0, 0);

        boolean hasSeatFor(Meeting.Details meeting, boolean relative) {
            return confirmed < meeting.capacity()
                    && (relative || professionals < meeting.capacity() - meeting.reservedForRelatives());
        }

        Held without(Registration registration) {
            return switch (registration.status()) {
                case CONFIRMED -> new Held(confirmed - 1, professionals - (registration.isRelative() ? 0 : 1),
                        waitlisted);
                case WAITLISTED -> new Held(confirmed, professionals, waitlisted - 1);
                case CANCELLED -> this;
            };
        }

        Held promoting(Registration waiting) {
            return new Held(confirmed + 1, professionals + (waiting.isRelative() ? 0 : 1), waitlisted - 1);
        }

        SeatCounts counts() {
            return new SeatCounts(confirmed, waitlisted);
        }
    }

    /** What taking a seat decided, and the counts right after. */
    record Taken(boolean seat, SeatCounts counts) {
    }

    /**
     * Gives the registration a seat if one fits, else a place on the waiting list, sets its status accordingly and
     * writes the counts into the event already stored for the change: one statement, so between getting the row's lock
     * and the commit that frees it the service does nothing else (a busy CPU must not stretch what all registrations
     * for the meeting wait on). The seat rule is {@link Held#hasSeatFor} in SQL, applied to the row as it is when this
     * update gets its lock.
     */
    private static final String TAKE = """
            with decided as (
                insert into seat_count as s (meeting_id, confirmed, confirmed_professionals, waitlisted, last_got_seat)
                select :meeting, first.seat, case when :relative then 0 else first.seat end, 1 - first.seat,
                       first.seat = 1
                from (select case when :capacity > 0 and (:relative or :open > 0) then 1 else 0 end as seat) first
                on conflict (meeting_id) do update
                set (confirmed, confirmed_professionals, waitlisted, last_got_seat) = (
                    select s.confirmed + next.seat, s.confirmed_professionals + case when :relative then 0 else next.seat end,
                           s.waitlisted + 1 - next.seat, next.seat = 1
                    from (select case when s.confirmed < :capacity
                                       and (:relative or s.confirmed_professionals < :open) then 1 else 0 end as seat) next)
                returning confirmed, waitlisted, last_got_seat
            ), counted as (
                update outbox_event e set payload = e.payload
                    || jsonb_build_object('confirmed', decided.confirmed, 'waitlisted', decided.waitlisted)
                from decided where e.id = :event
            )
            update registration r set status = case when decided.last_got_seat then 'CONFIRMED' else 'WAITLISTED' end
            from decided where r.id = :registration
            returning decided.last_got_seat, decided.confirmed, decided.waitlisted
            """;

    private final JdbcClient jdbc;

    Seats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code event} is the stored event of this registration, whose counts this fills in. */
    @Transactional(propagation = Propagation.MANDATORY)
    Taken take(Meeting meeting, UUID registrationId, boolean relative, UUID event) {
        return jdbc.sql(TAKE)
                .param("meeting", meeting.id())
                .param("registration", registrationId)
                .param("event", event)
                .param("relative", relative)
                .param("capacity", meeting.details().capacity())
                .param("open", meeting.details().capacity() - meeting.details().reservedForRelatives())
                .query((rs, row) -> new Taken(rs.getBoolean("last_got_seat"),
                        new SeatCounts(rs.getInt("confirmed"), rs.getInt("waitlisted"))))
                .single();
    }

    /** Locks the meeting's counts until commit, for a decision that takes more than one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    Held lock(UUID meetingId) {
        return jdbc.sql("""
                select confirmed, confirmed_professionals, waitlisted from seat_count where meeting_id = ? for update
                """).param(meetingId).query((rs, row) -> new Held(rs.getInt("confirmed"),
                        rs.getInt("confirmed_professionals"), rs.getInt("waitlisted")))
                .optional().orElse(Held.NONE);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void store(UUID meetingId, Held held) {
        jdbc.sql("""
                update seat_count set confirmed = ?, confirmed_professionals = ?, waitlisted = ? where meeting_id = ?
                """).params(held.confirmed(), held.professionals(), held.waitlisted(), meetingId).update();
    }

    @Override
    public SeatCounts of(UUID meetingId) {
        return jdbc.sql("select confirmed, waitlisted from seat_count where meeting_id = ?").param(meetingId)
                .query((rs, row) -> new SeatCounts(rs.getInt("confirmed"), rs.getInt("waitlisted")))
                .optional().orElse(new SeatCounts(0, 0));
    }
}
