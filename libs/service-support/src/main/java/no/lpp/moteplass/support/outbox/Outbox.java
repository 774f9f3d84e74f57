package no.lpp.moteplass.support.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.support.tracing.Traces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Where application services put integration events: stored with their change, sent by the relay after commit. */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxRelay relay;
    private final Traces traces;

    public Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxRelay relay, Traces traces) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.relay = relay;
        this.traces = traces;
    }

    /**
     * Stores the event in the current transaction. There must be one: an event without its change (or a change
     * without its event) is exactly what the outbox exists to prevent.
     *
     * @return the event id, sent as {@code ce_id}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> UUID publish(EventContract<T> contract, T payload) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_event (id, topic, event_key, event_type, payload, occurred_at, trace_parent,
                                          latest_state)
                values (:id, :topic, :key, :type, cast(:payload as jsonb), :occurredAt, :traceParent, :latestState)
                """)
                .param("id", id)
                .param("topic", contract.topic())
                .param("key", contract.keyOf(payload))
                .param("type", contract.type())
                .param("payload", json.writeValueAsString(payload))
                .param("occurredAt", Timestamp.from(clock.instant()))
                .param("traceParent", traces.current())
                .param("latestState", contract.latestState())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return id;
    }
}
