package no.lpp.moteplass.meeting.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.contracts.meetings.MeetingEvents;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.PlanningDesk;
import no.lpp.moteplass.meeting.planning.Meetings;
import no.lpp.moteplass.meeting.planning.SeatCounts;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.ConflictException;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import no.lpp.moteplass.support.problem.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegistrationDesk {

    /** A new registration and the token for its manage link (shown once, never stored). */
    public record Registered(Registration registration, String manageToken) {
    }

    /** Everything that identifies the person; what stays is anonymous and only counted. */
    private static final String ERASE = """
            update registration set name = null, email = null, mobile = null, workplace = null, dietary_needs = null,
                accessibility_needs = null, erased_at = ?
            """;

    private final Meetings meetings;
    private final PlanningDesk planning;
    private final ApplicationEventPublisher events;
    private final Seats seats;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    RegistrationDesk(Meetings meetings, PlanningDesk planning, ApplicationEventPublisher events, Seats seats,
            Outbox outbox, JdbcClient jdbc, Clock clock) {
        this.seats = seats;
        this.meetings = meetings;
        this.planning = planning;
        this.events = events;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Confirms while seats remain (relatives also get the reserved ones), otherwise puts on the waiting list. The seat
     * is decided last, in one statement, so registrations for one meeting wait on each other only for that statement
     * and the commit.
     */
    @Transactional
    public Registered register(UUID meetingId, Registration request) {
        Meeting meeting = meetings.share(meetingId).orElseThrow(() -> new NotFoundException("møte", meetingId));
        Instant now = clock.instant();
        if (!meeting.isOpenForRegistration(now)) {
            throw new DomainRuleViolation("Påmeldingen til dette møtet er ikke åpen.");
        }
        String token = ManageTokens.newToken();
        Registration registration = new Registration(UUID.randomUUID(), meetingId, request.category(),
                request.relation(), request.sector(), request.workplace(), request.name(), request.email(),
                request.mobile(), request.dietaryNeeds(), request.accessibilityNeeds(), now, RegistrationStatus.WAITLISTED, now);
        try {
            insert(registration, ManageTokens.hash(token));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Denne e-postadressen er allerede påmeldt møtet. Se e-posten med"
                    + " påmeldingsbekreftelsen for å endre eller avmelde deg.");
        }
        events.publishEvent(new RegistrationChange.Registered(registration.id(), meeting.sequence(),
                registration.email() != null, token));
        // The counts are not known until the seat is taken, by the statement that also writes them into this event.
        UUID event = outbox.publish(MeetingEvents.REGISTRATIONS_CHANGED,
                planning.stateFor(meeting).apply(new SeatCounts(0, 0)));
        Seats.Taken taken = seats.take(meeting, registration.id(), registration.isRelative(), event);
        return new Registered(registration.withStatus(taken.seat() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED), token);
    }

    public Optional<Registration> byToken(String token) {
        return jdbc.sql("""
                select r.* from registration r join meeting m on m.id = r.meeting_id
                where r.manage_token_hash = ? and m.starts_at + interval '3 hours' > ?
                """)
                .params(ManageTokens.hash(token), Timestamp.from(clock.instant()))
                .query(RegistrationDesk::map).optional();
    }

    /** Cancels; if that freed a seat, the first on the waiting list who fits it is confirmed. */
    @Transactional
    public Registration cancel(String token) {
        UUID meetingId = byToken(token).orElseThrow(() -> new NotFoundException("påmelding", "lenken")).meetingId();
        Seats.Held held = seats.lock(meetingId);
        // Read again under the lock: a second cancellation of the same registration must find it cancelled.
        Registration registration = byToken(token).filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .orElseThrow(() -> new NotFoundException("påmelding", "lenken"));
        Meeting meeting = meetings.find(meetingId).orElseThrow();
        jdbc.sql("update registration set status = 'CANCELLED' where id = ?").param(registration.id()).update();
        held = held.without(registration);
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            held = promote(meeting, held);
        }
        seats.store(meetingId, held);
        outbox.publish(MeetingEvents.REGISTRATIONS_CHANGED, planning.stateFor(meeting).apply(held.counts()));
        return byToken(token).orElseThrow();
    }

    /** Erases the person's data now (keeping only what anonymous counts need) and gives up the seat. */
    @Transactional
    public void erase(String token) {
        Registration registration = byToken(token).orElseThrow(() -> new NotFoundException("påmelding", "lenken"));
        if (registration.status() != RegistrationStatus.CANCELLED) {
            cancel(token);
        }
        jdbc.sql(ERASE + " where id = ?").params(Timestamp.from(clock.instant()), registration.id()).update();
    }

    /**
     * The retention rule: personal data goes a number of days after the meeting, on every replica safely (one
     * statement, idempotent). Category, relation and sector stay, so the meeting's counts remain.
     */
    @Transactional
    public int eraseAfter(Duration retention) {
        return jdbc.sql(ERASE + """
                 where erased_at is null
                   and meeting_id in (select id from meeting where starts_at < ?)
                """).params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant().minus(retention))).update();
    }

    /** Checks a registrant in on the day, or undoes it; {@code false} if the registration is not this meeting's. */
    @Transactional
    public boolean checkIn(UUID meetingId, UUID registrationId, boolean present) {
        return jdbc.sql("""
                update registration set checked_in_at = case when ? then coalesce(checked_in_at, ?) end
                where id = ? and meeting_id = ? and status <> 'CANCELLED'
                """).params(present, Timestamp.from(clock.instant()), registrationId, meetingId).update() == 1;
    }

    /** The first on the waiting list who fits the seats now free gets one; returns the counts after. */
    private Seats.Held promote(Meeting meeting, Seats.Held held) {
        List<Registration> waiting = jdbc.sql("""
                select * from registration where meeting_id = ? and status = 'WAITLISTED' order by registered_at, id
                """).param(meeting.id()).query(RegistrationDesk::map).list();
        Optional<Registration> next = waiting.stream()
                .filter(r -> held.hasSeatFor(meeting.details(), r.isRelative())).findFirst();
        next.ifPresent(promoted -> {
            jdbc.sql("update registration set status = 'CONFIRMED' where id = ?").param(promoted.id()).update();
            events.publishEvent(new RegistrationChange.Promoted(promoted.id(), meeting.sequence(),
                    promoted.email() != null));
        });
        return next.map(held::promoting).orElse(held);
    }

    static Registration map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Registration(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getString("category"), rs.getString("relation"), rs.getString("sector"), rs.getString("workplace"),
                rs.getString("name"), rs.getString("email"), rs.getString("mobile"), rs.getString("dietary_needs"),
                rs.getString("accessibility_needs"), rs.getTimestamp("consent_at").toInstant(),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("registered_at").toInstant());
    }

    private void insert(Registration r, String tokenHash) {
        jdbc.sql("""
                insert into registration (id, meeting_id, category, relation, sector, workplace, name, email, mobile,
                    dietary_needs, accessibility_needs, consent_at, status, registered_at, manage_token_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(r.id(), r.meetingId(), r.category(), r.relation(), r.sector(), r.workplace(), r.name(),
                        r.email(), r.mobile(), r.dietaryNeeds(), r.accessibilityNeeds(), Timestamp.from(r.consentAt()),
                        r.status().name(), Timestamp.from(r.registeredAt()), tokenHash)
                .update();
    }
}
