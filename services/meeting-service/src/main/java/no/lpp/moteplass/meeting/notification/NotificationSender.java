package no.lpp.moteplass.meeting.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.meeting.config.RetentionProperties;
import no.lpp.moteplass.meeting.meeting.MeetingStatus;
import no.lpp.moteplass.meeting.meeting.Meetings;
import no.lpp.moteplass.meeting.publiclisting.ICalendarFeed;
import no.lpp.moteplass.support.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued emails. Each is sent in its own transaction that holds its row lock (so two replicas never send the same
 * one) and marks it sent only after the mail server accepted it; a failure schedules another attempt with a doubling
 * wait, for as long as it takes. What is logged names the notification and its kind, never the address. Each email is
 * sent in the trace of the request that queued it (a span named after its kind, without the address).
 */
@Component
class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final int BATCH = 50;

    /** A due notification with what the letter needs; {@code email} is null once the registrant's data is erased. */
    private record Due(UUID id, UUID meetingId, NotificationKind kind, int sequence, String manageToken, int attempts,
            String name, String email, String registrationStatus, String traceParent) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender mail;
    private final Meetings meetings;
    private final Notifications notifications;
    private final NotificationProperties properties;
    private final RetentionProperties retention;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Traces traces;

    NotificationSender(JdbcClient jdbc, TransactionTemplate transactions, JavaMailSender mail, Meetings meetings,
            Notifications notifications, NotificationProperties properties, RetentionProperties retention, Clock clock,
            MeterRegistry meters, Traces traces) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.meetings = meetings;
        this.notifications = notifications;
        this.properties = properties;
        this.retention = retention;
        this.clock = clock;
        this.meters = meters;
        this.traces = traces;
        Gauge.builder("moteplass.notifications.pending", this, NotificationSender::pending)
                .description("Emails queued and not yet accepted by the mail server").register(meters);
        // Every kind's counters exist from the start, so a dashboard shows 0 rather than no data.
        for (NotificationKind kind : NotificationKind.values()) {
            meters.counter("moteplass.notifications.sent", "kind", kind.name());
            meters.counter("moteplass.notifications.failed", "kind", kind.name());
        }
    }

    @Scheduled(fixedDelayString = "${moteplass.notifications.poll-interval:2s}")
    public void sendDue() {
        List<UUID> dueIds = jdbc.sql("""
                select id from notification where sent_at is null and due_at <= ? order by due_at limit ?
                """).params(Timestamp.from(clock.instant()), BATCH).query(UUID.class).list();
        for (UUID id : dueIds) {
            transactions.executeWithoutResult(status -> claim(id).ifPresent(due -> traces.continueAs(
                    "email " + due.kind().name().toLowerCase(Locale.ROOT), due.traceParent(), () -> deliver(due))));
        }
    }

    /** Reminders are queued by time, so every replica may look; the queue makes each one once. */
    @Scheduled(fixedDelayString = "${moteplass.notifications.reminder-check:5m}")
    public void queueReminders() {
        int queued = notifications.queueDueReminders();
        if (queued > 0) {
            log.info("Queued {} meeting reminders", queued);
        }
    }

    private Optional<Due> claim(UUID id) {
        return jdbc.sql("""
                select n.id, r.meeting_id, n.kind, n.sequence, n.manage_token, n.attempts, r.name, r.email,
                       r.status as registration_status, n.trace_parent
                from notification n join registration r on r.id = n.registration_id
                where n.id = ? and n.sent_at is null
                for update of n skip locked
                """).param(id).query((rs, row) -> new Due(rs.getObject("id", UUID.class),
                        rs.getObject("meeting_id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getInt("sequence"), rs.getString("manage_token"), rs.getInt("attempts"),
                        rs.getString("name"), rs.getString("email"), rs.getString("registration_status"),
                        rs.getString("trace_parent")))
                .optional();
    }

    private void deliver(Due due) {
        Meetings.PublicMeeting described = meetings.described(due.meetingId()).orElseThrow();
        String obsolete = obsolete(due, described);
        if (obsolete != null) {
            finish(due, obsolete);
            return;
        }
        String link = due.manageToken() == null ? null
                : properties.publicUrl().resolve("/pamelding/" + due.manageToken()).toString();
        Letter letter = Letter.write(due.kind(), described,
                new Letter.Recipient(due.name(), due.registrationStatus(), link), retention.retentionDays());
        try {
            mail.send(message(due.email(), letter, described));
            finish(due, "SENT");
            meters.counter("moteplass.notifications.sent", "kind", due.kind().name()).increment();
        } catch (MailException | MessagingException e) {
            Duration wait = backoff(due.attempts() + 1);
            jdbc.sql("update notification set attempts = attempts + 1, due_at = ?, last_error = ? where id = ?")
                    .params(Timestamp.from(clock.instant().plus(wait)), e.getClass().getSimpleName(), due.id())
                    .update();
            meters.counter("moteplass.notifications.failed", "kind", due.kind().name()).increment();
            log.warn("Notification {} ({}) not sent on attempt {}; trying again in {}: {}", due.id(), due.kind(),
                    due.attempts() + 1, wait, e.getClass().getSimpleName());
        }
    }

    /** Why this email should no longer go out, or {@code null} if it should. */
    private String obsolete(Due due, Meetings.PublicMeeting described) {
        var meeting = described.meeting();
        if (due.email() == null) {
            return "NO_ADDRESS";
        }
        if (due.kind() == NotificationKind.CANCELLATION) {
            return null;
        }
        boolean begun = !clock.instant().isBefore(meeting.details().startsAt().toInstant());
        boolean cancelled = "CANCELLED".equals(due.registrationStatus());
        boolean staleSchedule = (due.kind() == NotificationKind.REMINDER || due.kind() == NotificationKind.RESCHEDULE)
                && due.sequence() != meeting.sequence();
        boolean noSeat = (due.kind() == NotificationKind.REMINDER || due.kind() == NotificationKind.PROMOTION)
                && !"CONFIRMED".equals(due.registrationStatus());
        return begun || cancelled || staleSchedule || noSeat || meeting.status() == MeetingStatus.CANCELLED
                ? "OBSOLETE" : null;
    }

    /** Sent or dropped; either way the manage token goes, as it is stored nowhere else. */
    private void finish(Due due, String outcome) {
        jdbc.sql("update notification set sent_at = ?, outcome = ?, manage_token = null where id = ?")
                .params(Timestamp.from(clock.instant()), outcome, due.id()).update();
    }

    private MimeMessage message(String to, Letter letter, Meetings.PublicMeeting described) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, letter.attachCalendar(), "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(to);
        helper.setSubject(letter.subject());
        helper.setText(letter.body(), false);
        if (letter.attachCalendar()) {
            byte[] ics = ICalendarFeed.of(List.of(described), clock.instant()).getBytes(StandardCharsets.UTF_8);
            helper.addAttachment("moteplass.ics", new ByteArrayResource(ics), "text/calendar; charset=UTF-8");
        }
        return message;
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.retryFirst().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(properties.retryAtMost()) > 0 ? properties.retryAtMost() : wait;
    }

    private double pending() {
        return jdbc.sql("select count(*) from notification where sent_at is null").query(Long.class).single();
    }
}
