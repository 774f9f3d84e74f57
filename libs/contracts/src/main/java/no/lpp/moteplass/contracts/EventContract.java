package no.lpp.moteplass.contracts;

import java.util.Objects;
import java.util.function.Function;

/**
 * Everything a producer and a consumer must agree on for one kind of event.
 *
 * @param topic       the Kafka topic, {@code moteplass.<service>.<entity>.v<N>}
 * @param type        the CloudEvents {@code ce_type}, stable across refactorings
 * @param payloadType the record the JSON payload maps to
 * @param key         the aggregate id the record is keyed (and compacted) by
 * @param latestState the payload is the aggregate's whole state and says nothing beyond it, so of several events of
 *                    this type for one key waiting to be sent only the last needs to be: a producer may conflate them
 *                    (a burst of registrations for one meeting is one count to a consumer, not a thousand)
 * @param <T>         the payload record
 */
public record EventContract<T>(String topic, String type, Class<T> payloadType, Function<T, String> key,
        boolean latestState) {

    public EventContract {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(key, "key");
    }

    /** An event that marks a change consumers act on, each one delivered. */
    public EventContract(String topic, String type, Class<T> payloadType, Function<T, String> key) {
        this(topic, type, payloadType, key, false);
    }

    /** The same contract, marked as carrying only the latest state (see {@code latestState}). */
    public EventContract<T> asLatestState() {
        return new EventContract<>(topic, type, payloadType, key, true);
    }

    /** The Kafka record key for a payload. */
    public String keyOf(T payload) {
        return key.apply(payload);
    }

    /** Where the JSON Schema of the payload lives on the classpath (one schema per payload record). */
    public String schemaResource() {
        return "schemas/" + payloadType.getSimpleName() + ".schema.json";
    }
}
