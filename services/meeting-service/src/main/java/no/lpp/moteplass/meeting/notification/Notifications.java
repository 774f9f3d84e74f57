package no.lpp.moteplass.meeting.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.MeetingChange;
import no.lpp.moteplass.meeting.planning.Meetings;
import no.lpp.moteplass.meeting.registration.Registrants;
import no.lpp.moteplass.meeting.registration.RegistrationChange;
import no.lpp.moteplass.support.tracing.Traces;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues emails in the transaction of the change that makes them due, so a change and its emails are never separated:
 * it listens to the registration and meeting features' changes with plain {@code @EventListener}s, which run in the
 * publisher's transaction (and require one). {@link NotificationSender} delivers them. Only registrants who gave an
 * email address are written to; who they are, the registration feature says.
 */
@Component
class Notifications {

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Registrants registrants;
    private final Clock clock;
    private final NotificationProperties properties;
    private final Traces traces;

    Notifications(JdbcClient jdbc, Meetings meetings, Registrants registrants, Clock clock,
            NotificationProperties properties, Traces traces) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.registrants = registrants;
        this.clock = clock;
        this.properties = properties;
        this.traces = traces;
    }

    /** The confirmation carries the manage link, whose token exists nowhere else until this email is sent. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(RegistrationChange.Registered registered) {
        if (registered.hasEmail()) {
            queue(List.of(registered.registrationId()), NotificationKind.CONFIRMATION, registered.sequence(),
                    registered.manageToken(), traces.current());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(RegistrationChange.Promoted promoted) {
        if (promoted.hasEmail()) {
            queue(List.of(promoted.registrationId()), NotificationKind.PROMOTION, promoted.sequence(), null,
                    traces.current());
        }
    }

    /** A reschedule or cancellation: everyone with a seat or on the waiting list is told. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(MeetingChange change) {
        NotificationKind kind = switch (change) {
            case MeetingChange.Rescheduled _ -> NotificationKind.RESCHEDULE;
            case MeetingChange.Cancelled _ -> NotificationKind.CANCELLATION;
        };
        Meeting meeting = change.meeting();
        queue(registrants.reachable(meeting.id()), kind, meeting.sequence(), null, traces.current());
    }

    /**
     * Queues the reminder for everyone confirmed for a published meeting that is now within the reminder window, once
     * per schedule (a unique index makes this safe to run on every replica at once). People who registered inside the
     * window already have a fresh confirmation and get no reminder.
     */
    @Transactional
    public int queueDueReminders() {
        Instant now = clock.instant();
        int queued = 0;
        for (Meeting meeting : meetings.publishedStarting(now, now.plus(properties.reminderBefore()))) {
            Instant windowOpens = meeting.details().startsAt().toInstant().minus(properties.reminderBefore());
            queued += queue(registrants.reachableWithSeat(meeting.id(), windowOpens), NotificationKind.REMINDER,
                    meeting.sequence(), null, null);
        }
        return queued;
    }

    /** One email of this kind to each registration, due now. Only reminders can conflict (one per schedule). */
    private int queue(List<UUID> registrationIds, NotificationKind kind, int sequence, String manageToken,
            String traceParent) {
        if (registrationIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into notification (id, registration_id, kind, sequence, manage_token, created_at, due_at,
                                          trace_parent)
                select gen_random_uuid(), r, :kind, :sequence, :token, :now, :now, :trace
                from unnest(:registrations) r
                on conflict do nothing
                """)
                .param("registrations", registrationIds.toArray(UUID[]::new)).param("kind", kind.name())
                .param("sequence", sequence).param("token", manageToken)
                .param("now", Timestamp.from(clock.instant())).param("trace", traceParent).update();
    }
}
