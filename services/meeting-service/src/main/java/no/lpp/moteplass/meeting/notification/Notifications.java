package no.lpp.moteplass.meeting.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import no.lpp.moteplass.meeting.meeting.Meeting;
import no.lpp.moteplass.support.tracing.Traces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues emails in the transaction of the change that makes them due, so a change and its emails are never separated;
 * {@link NotificationSender} delivers them. Only registrants who gave an email address are written to.
 */
@Component
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NotificationProperties properties;
    private final Traces traces;

    Notifications(JdbcClient jdbc, Clock clock, NotificationProperties properties, Traces traces) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.traces = traces;
    }

    /** The confirmation carries the manage link, whose token exists nowhere else until this email is sent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmation(UUID registrationId, int sequence, String manageToken) {
        queue(registrationId, NotificationKind.CONFIRMATION, sequence, manageToken);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void promotion(UUID registrationId, int sequence) {
        queue(registrationId, NotificationKind.PROMOTION, sequence, null);
    }

    /** A reschedule or cancellation: everyone with a seat or on the waiting list is told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toEveryone(Meeting meeting, NotificationKind kind) {
        return jdbc.sql("""
                insert into notification (id, registration_id, kind, sequence, created_at, due_at, trace_parent)
                select gen_random_uuid(), r.id, :kind, :sequence, :now, :now, :trace from registration r
                where r.meeting_id = :meeting and r.status in ('CONFIRMED', 'WAITLISTED') and r.email is not null
                """)
                .param("kind", kind.name()).param("sequence", meeting.sequence()).param("meeting", meeting.id())
                .param("now", Timestamp.from(clock.instant())).param("trace", traces.current()).update();
    }

    /**
     * Queues the reminder for everyone confirmed for a published meeting that is now within the reminder window, once
     * per schedule (a unique index makes this safe to run on every replica at once). People who registered inside the
     * window already have a fresh confirmation and get no reminder.
     */
    @Transactional
    public int queueDueReminders() {
        return jdbc.sql("""
                insert into notification (id, registration_id, kind, sequence, created_at, due_at)
                select gen_random_uuid(), r.id, 'REMINDER', m.sequence, :now, :now
                from registration r join meeting m on m.id = r.meeting_id
                where m.status = 'PUBLISHED' and m.starts_at > :now and m.starts_at <= :windowEnd
                  and r.status = 'CONFIRMED' and r.email is not null
                  and r.registered_at < m.starts_at - cast(:window as interval)
                on conflict do nothing
                """)
                .param("now", Timestamp.from(clock.instant()))
                .param("windowEnd", Timestamp.from(clock.instant().plus(properties.reminderBefore())))
                .param("window", properties.reminderBefore().toSeconds() + " seconds")
                .update();
    }

    private void queue(UUID registrationId, NotificationKind kind, int sequence, String manageToken) {
        jdbc.sql("""
                insert into notification (id, registration_id, kind, sequence, manage_token, created_at, due_at,
                                          trace_parent)
                select ?, ?, ?, ?, ?, ?, ?, ? from registration where id = ? and email is not null
                """)
                .params(UUID.randomUUID(), registrationId, kind.name(), sequence, manageToken,
                        Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), traces.current(),
                        registrationId)
                .update();
    }
}
