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
 * @param <T>         the payload record
 */
public record EventContract<T>(String topic, String type, Class<T> payloadType, Function<T, String> key) {

    public EventContract {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(key, "key");
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
