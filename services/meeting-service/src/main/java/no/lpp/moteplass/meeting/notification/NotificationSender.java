package no.lpp.moteplass.meeting.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.meeting.calendar.ICalendarFeed;
import no.lpp.moteplass.meeting.config.RetentionProperties;
import no.lpp.moteplass.meeting.planning.MeetingStatus;
import no.lpp.moteplass.meeting.planning.Meetings;
import no.lpp.moteplass.meeting.registration.Registrants;
import no.lpp.moteplass.meeting.registration.Registration;
import no.lpp.moteplass.meeting.registration.RegistrationStatus;
import no.lpp.moteplass.support.problem.Outages;
import no.lpp.moteplass.support.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued emails in batches: a batch is claimed in one transaction that holds its rows' locks (so two replicas
 * never send the same email), sent over one connection to the mail server, and each email is marked sent only once the
 * server accepted it; one that failed gets another attempt after a doubling wait, for as long as it takes. A crash
 * after the server accepted some of a batch sends those again (at least once, never lost). What is logged names the
 * notification and its kind, never the address. Each email is a span (named after its kind, without the address) in
 * the trace of the request that queued it.
 */
@Component
class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final int BATCH = 100;

    /**
     * A due notification and the registration it is for, which has what the letter needs; its email is null once the
     * registrant's data is erased.
     */
    private record Due(UUID id, UUID registrationId, NotificationKind kind, int sequence, String manageToken,
            int attempts, String traceParent, Registration to) {

        Due addressedTo(Registration registration) {
            return new Due(id, registrationId, kind, sequence, manageToken, attempts, traceParent, registration);
        }
    }

    /** A due notification written as a message, with its span open until the mail server has answered. */
    private record Outgoing(Due due, MimeMessage message, Span span) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender mail;
    private final Meetings meetings;
    private final Registrants registrants;
    private final Notifications notifications;
    private final NotificationProperties properties;
    private final RetentionProperties retention;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Traces traces;
    private final Outages outages = new Outages();

    NotificationSender(JdbcClient jdbc, TransactionTemplate transactions, JavaMailSender mail, Meetings meetings,
            Registrants registrants, Notifications notifications, NotificationProperties properties,
            RetentionProperties retention, Clock clock, MeterRegistry meters, Traces traces) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.meetings = meetings;
        this.registrants = registrants;
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

    /** Sends batch after batch until nothing is due; with the database away or busy, at the next poll. */
    @Scheduled(fixedDelayString = "${moteplass.notifications.poll-interval:2s}")
    public void sendDue() {
        try {
            Integer sent;
            do {
                sent = transactions.execute(status -> sendBatch());
            } while (sent != null && sent == BATCH);
        } catch (RuntimeException e) {
            if (!Outages.isOutage(e)) {
                throw e;
            }
            outages.report(e);
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

    private int sendBatch() {
        List<Due> batch = claim();
        Map<UUID, Meetings.DescribedMeeting> described = new HashMap<>(); // a burst is mostly for one meeting
        List<Outgoing> outgoing = new ArrayList<>();
        Map<String, List<UUID>> finished = new HashMap<>();
        for (Due due : batch) {
            Meetings.DescribedMeeting meeting = described.computeIfAbsent(due.to().meetingId(),
                    id -> meetings.described(id).orElseThrow());
            String obsolete = obsolete(due, meeting);
            if (obsolete != null) {
                finished.computeIfAbsent(obsolete, outcome -> new ArrayList<>()).add(due.id());
                continue;
            }
            Span span = traces.begin("email " + due.kind().name().toLowerCase(Locale.ROOT), due.traceParent());
            try {
                outgoing.add(new Outgoing(due, message(due, meeting), span));
            } catch (MessagingException e) {
                retryLater(due, e, span);
                log.warn("Notification {} ({}) could not be written; tried again later: {}", due.id(), due.kind(),
                        e.getClass().getSimpleName());
            }
        }
        Map<Object, Exception> failures = send(outgoing);
        Map<String, Integer> failed = new HashMap<>(); // why, how many: one line per batch, not one per email
        for (Outgoing out : outgoing) {
            Exception failure = failures.get(out.message());
            if (failure == null) {
                finished.computeIfAbsent("SENT", outcome -> new ArrayList<>()).add(out.due().id());
                meters.counter("moteplass.notifications.sent", "kind", out.due().kind().name()).increment();
                out.span().end();
            } else {
                retryLater(out.due(), failure, out.span());
                failed.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        finished.forEach(this::finish);
        if (!failed.isEmpty()) {
            log.warn("{} of {} emails not sent this time, each tried again after a doubling wait: {}",
                    failed.values().stream().mapToInt(Integer::intValue).sum(), outgoing.size(), failed);
        }
        return batch.size();
    }

    /** The messages the mail server did not accept, each with why. */
    private Map<Object, Exception> send(List<Outgoing> outgoing) {
        if (outgoing.isEmpty()) {
            return Map.of();
        }
        try {
            mail.send(outgoing.stream().map(Outgoing::message).toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            if (!e.getFailedMessages().isEmpty()) {
                return e.getFailedMessages();
            }
            return everyOne(outgoing, e);
        } catch (MailException e) {
            return everyOne(outgoing, e); // e.g. the server refused our credentials before anything was sent
        }
    }

    private static Map<Object, Exception> everyOne(List<Outgoing> outgoing, Exception e) {
        Map<Object, Exception> failures = new HashMap<>();
        outgoing.forEach(out -> failures.put(out.message(), e));
        return failures;
    }

    /**
     * Claims up to a batch of due notifications, each with its registration as the registration feature has it now;
     * rows another replica is sending are skipped, not waited for.
     */
    private List<Due> claim() {
        List<Due> claimed = jdbc.sql("""
                select id, registration_id, kind, sequence, manage_token, attempts, trace_parent from notification
                where sent_at is null and due_at <= ?
                order by due_at
                limit ?
                for update skip locked
                """).params(Timestamp.from(clock.instant()), BATCH).query((rs, row) -> new Due(
                        rs.getObject("id", UUID.class), rs.getObject("registration_id", UUID.class),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getInt("sequence"),
                        rs.getString("manage_token"), rs.getInt("attempts"), rs.getString("trace_parent"), null))
                .list();
        Map<UUID, Registration> registrations = registrants.byIds(claimed.stream().map(Due::registrationId).toList());
        return claimed.stream().map(due -> due.addressedTo(registrations.get(due.registrationId()))).toList();
    }

    private void retryLater(Due due, Exception e, Span span) {
        Duration wait = backoff(due.attempts() + 1);
        jdbc.sql("update notification set attempts = attempts + 1, due_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(clock.instant().plus(wait)), e.getClass().getSimpleName(), due.id())
                .update();
        meters.counter("moteplass.notifications.failed", "kind", due.kind().name()).increment();
        log.debug("Notification {} ({}) not sent on attempt {}; trying again in {}", due.id(), due.kind(),
                due.attempts() + 1, wait);
        span.error(e);
        span.end();
    }

    /** Why this email should no longer go out, or {@code null} if it should. */
    private String obsolete(Due due, Meetings.DescribedMeeting described) {
        var meeting = described.meeting();
        if (due.to().email() == null) {
            return "NO_ADDRESS";
        }
        if (due.kind() == NotificationKind.CANCELLATION) {
            return null;
        }
        boolean begun = !clock.instant().isBefore(meeting.details().startsAt().toInstant());
        boolean cancelled = due.to().status() == RegistrationStatus.CANCELLED;
        boolean staleSchedule = (due.kind() == NotificationKind.REMINDER || due.kind() == NotificationKind.RESCHEDULE)
                && due.sequence() != meeting.sequence();
        boolean noSeat = (due.kind() == NotificationKind.REMINDER || due.kind() == NotificationKind.PROMOTION)
                && due.to().status() != RegistrationStatus.CONFIRMED;
        return begun || cancelled || staleSchedule || noSeat || meeting.status() == MeetingStatus.CANCELLED
                ? "OBSOLETE" : null;
    }

    /** Sent or dropped; either way the manage token goes, as it is stored nowhere else. */
    private void finish(String outcome, List<UUID> ids) {
        jdbc.sql("update notification set sent_at = ?, outcome = ?, manage_token = null where id = any(?)")
                .params(Timestamp.from(clock.instant()), outcome, ids.toArray(UUID[]::new)).update();
    }

    private MimeMessage message(Due due, Meetings.DescribedMeeting described) throws MessagingException {
        String link = due.manageToken() == null ? null
                : properties.publicUrl().resolve("/pamelding/" + due.manageToken()).toString();
        Letter letter = Letter.write(due.kind(), described,
                new Letter.Recipient(due.to().name(), due.to().status(), link), retention.retentionDays());
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, letter.attachCalendar(), "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(due.to().email());
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
