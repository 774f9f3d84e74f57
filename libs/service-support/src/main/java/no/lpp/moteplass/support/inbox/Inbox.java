package no.lpp.moteplass.support.inbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Remembers which events each consumer has applied, so a redelivery changes nothing. */
public class Inbox {

    private final JdbcClient jdbc;

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the event as processed by this consumer, in the caller's transaction.
     *
     * @return {@code true} the first time; {@code false} for a redelivery, which the caller must skip
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, InboundEvent event) {
        return jdbc.sql("""
                insert into inbox_processed_event (consumer, event_id, event_type) values (?, ?, ?)
                on conflict do nothing
                """)
                .params(consumer, event.id(), event.type())
                .update() == 1;
    }
}
