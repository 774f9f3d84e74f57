package no.lpp.moteplass.support.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import no.lpp.moteplass.contracts.CloudEventHeaders;
import no.lpp.moteplass.contracts.EventContract;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event as received: CloudEvents attributes from the headers plus the raw JSON payload.
 *
 * @param id      {@code ce_id}, the deduplication key
 * @param type    {@code ce_type}
 * @param source  {@code ce_source}
 * @param time    {@code ce_time}, when the change happened; consumers use it to ignore older news
 * @param key     the record key (aggregate id)
 * @param payload the JSON payload
 */
public record InboundEvent(String id, String type, String source, Instant time, String key, String payload) {

    /** Reads a record; a record without the required CloudEvents headers is poison. */
    public static InboundEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        String time = header(record, CloudEventHeaders.TIME);
        if (id == null || type == null || time == null || record.value() == null) {
            throw new PoisonEventException("Record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " lacks ce_id, ce_type, ce_time or a payload");
        }
        try {
            return new InboundEvent(id, type, header(record, CloudEventHeaders.SOURCE), Instant.parse(time),
                    record.key(), record.value());
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 instant: " + time, e);
        }
    }

    public boolean is(EventContract<?> contract) {
        return contract.type().equals(type);
    }

    /** The payload as the contract's record; unreadable JSON is poison. */
    /** Which of these contracts (e.g. every change of one entity) the event is, if any. */
    public <T> Optional<EventContract<T>> oneOf(List<EventContract<T>> contracts) {
        return contracts.stream().filter(this::is).findFirst();
    }

    public <T> T payloadAs(EventContract<T> contract, JsonMapper json) {
        try {
            return json.readValue(payload, contract.payloadType());
        } catch (JacksonException e) {
            throw new PoisonEventException("Payload of event " + id + " is not a valid " + contract.type(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
