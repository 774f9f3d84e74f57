package no.lpp.moteplass.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.lpp.moteplass.contracts.CloudEventHeaders;
import no.lpp.moteplass.support.problem.Outages;
import no.lpp.moteplass.support.tracing.Traces;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends stored events to Kafka in the order they were stored.
 *
 * <p>One relay at a time across all replicas (a PostgreSQL advisory lock), so per-key order holds and nothing is sent
 * twice by two replicas racing. A batch is sent pipelined, then the acknowledged prefix is marked published; the first
 * failure stops the batch and the rest waits for the next round. Between polls, a commit that stored an event wakes
 * the relay at once, so events normally leave within milliseconds.
 *
 * <p>Of several events in a batch that carry only the latest state of the same aggregate (same topic, key and type,
 * see {@code EventContract.latestState}), only the last is sent; the earlier ones are marked published unsent, so a
 * burst of a thousand registrations reaches consumers as a handful of counts.
 *
 * <p>Each event is sent as part of the trace of the request that stored it, so Kafka's headers carry that trace on to
 * the consumers.
 *
 * <p>Delivery is at least once: an event whose acknowledgement was lost is sent again, which is why every consumer
 * deduplicates by {@code ce_id}.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Arbitrary but fixed: the advisory lock that makes one relay per database the active one. */
    private static final long RELAY_LOCK = 0x4D4F5445504C41L; // "MOTEPLA"

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final String source;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failed;
    private final AtomicBoolean running = new AtomicBoolean();
    /** A round is already asked for: a burst of commits wakes the relay once, not once per commit. */
    private final AtomicBoolean awake = new AtomicBoolean();
    private final Outages outages = new Outages();
    private final Traces traces;
    private ScheduledExecutorService executor;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            String source, OutboxProperties properties, MeterRegistry meters, Traces traces) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.source = source;
        this.properties = properties;
        this.traces = traces;
        this.published = meters.counter("moteplass.outbox.published");
        this.failed = meters.counter("moteplass.outbox.failed");
        Gauge.builder("moteplass.outbox.pending", this::pendingCount)
                .description("Events stored but not yet acknowledged by Kafka")
                .register(meters);
    }

    /** Asks for a round now instead of at the next poll. */
    public void wakeUp() {
        ScheduledExecutorService current = executor;
        if (running.get() && current != null && awake.compareAndSet(false, true)) {
            current.execute(() -> {
                awake.set(false); // before the round, so a commit during it asks for the next one
                relayQuietly();
            });
        }
    }

    /** Sends everything pending now; returns how many events were published. Used by the schedule and by tests. */
    public int relayPending() {
        int total = 0;
        int sent;
        do {
            sent = transactions.execute(status -> relayBatch());
            total += sent;
        } while (sent == properties.batchSize());
        return total;
    }

    private int relayBatch() {
        Boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        List<PendingEvent> batch = jdbc.sql("""
                select id, topic, event_key, event_type, payload::text as payload, occurred_at, trace_parent,
                       latest_state
                from outbox_event where published_at is null order by position limit ?
                """)
                .param(properties.batchSize())
                .query((rs, row) -> new PendingEvent(rs.getObject("id", UUID.class), rs.getString("topic"),
                        rs.getString("event_key"), rs.getString("event_type"), rs.getString("payload"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("trace_parent"),
                        rs.getBoolean("latest_state")))
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        Set<PendingEvent> superseded = superseded(batch);
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
        for (PendingEvent event : batch) {
            sends.add(superseded.contains(event) ? null : send(event));
        }
        List<UUID> sent = new ArrayList<>();
        List<UUID> skipped = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingEvent event = batch.get(i);
            if (sends.get(i) == null) {
                skipped.add(event.id());
                continue;
            }
            try {
                sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                sent.add(event.id());
            } catch (Exception e) {
                failed.increment();
                log.warn("Kafka did not take event {} ({}) yet; will retry: {}", event.id(), event.type(), e.toString());
                jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")
                        .param(e.toString()).param(event.id()).update();
                break;
            }
        }
        // The acknowledged prefix in one statement; a superseded event counts as done (its successor is still due).
        jdbc.sql("""
                update outbox_event set published_at = now(), attempts = attempts + case when id = any(:sent) then 1 else 0 end
                where id = any(:sent) or id = any(:skipped)
                """).param("sent", sent.toArray(UUID[]::new)).param("skipped", skipped.toArray(UUID[]::new)).update();
        published.increment(sent.size());
        return sent.size() + skipped.size();
    }

    /** The events a later one in the same batch makes redundant: same topic, key and type, latest state only. */
    private static Set<PendingEvent> superseded(List<PendingEvent> batch) {
        Set<List<String>> later = new HashSet<>();
        Set<PendingEvent> superseded = new HashSet<>();
        for (int i = batch.size() - 1; i >= 0; i--) {
            PendingEvent event = batch.get(i);
            if (event.latestState() && !later.add(List.of(event.topic(), event.key(), event.type()))) {
                superseded.add(event);
            }
        }
        return superseded;
    }

    /** The producer may fail at once (no metadata while the broker is away) instead of through the future. */
    private CompletableFuture<SendResult<String, String>> send(PendingEvent event) {
        try {
            return traces.continueAs("outbox relay", event.traceParent(), () -> kafka.send(toRecord(event)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private ProducerRecord<String, String> toRecord(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        header(record, CloudEventHeaders.ID, event.id().toString());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Published events are kept a while for diagnosis, then removed so the table stays small. */
    int deletePublishedBefore(Instant cutoff) {
        return jdbc.sql("delete from outbox_event where published_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private double pendingCount() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
    }

    private void relayQuietly() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            if (Outages.isOutage(e)) {
                outages.report(e); // the database is away: once a minute is enough to say so
            } else {
                log.warn("Outbox relay round failed; will retry: {}", e.toString());
            }
        }
    }

    private void cleanUpQuietly() {
        try {
            int removed = deletePublishedBefore(Instant.now().minus(properties.retention()));
            if (removed > 0) {
                log.info("Removed {} published outbox events older than {}", removed, properties.retention());
            }
        } catch (RuntimeException e) {
            if (Outages.isOutage(e)) {
                outages.report(e);
                return;
            }
            log.warn("Outbox clean-up failed; will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
            long poll = properties.pollInterval().toMillis();
            executor.scheduleWithFixedDelay(this::relayQuietly, poll, poll, TimeUnit.MILLISECONDS);
            executor.scheduleWithFixedDelay(this::cleanUpQuietly, 1, Duration.ofHours(1).toMinutes(), TimeUnit.MINUTES);
        }
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            executor.shutdown();
            try {
                executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private record PendingEvent(UUID id, String topic, String key, String type, String payload, Instant occurredAt,
            String traceParent, boolean latestState) {
    }
}
