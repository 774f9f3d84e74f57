package no.lpp.moteplass.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import no.lpp.moteplass.contracts.CloudEventHeaders;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.local.MissingInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real Kafka broker (KRaft, in this JVM), started on first use and stopped when the JVM exits. */
public final class Kafka {

    private static EmbeddedKafkaKraftBroker broker;

    private Kafka() {
    }

    /** The shared broker's bootstrap servers, on a free port. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = start(0);
        }
        return broker.getBrokersAsString();
    }

    /** Starts a broker on a fixed port (the local platform uses 9092); the caller stops it. */
    public static EmbeddedKafkaKraftBroker start(int port) {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        if (port > 0) {
            kafka.kafkaPorts(port);
        }
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "3"));
        try {
            kafka.afterPropertiesSet();
        } catch (RuntimeException e) {
            throw new MissingInfrastructure("The in-JVM Kafka broker did not start" + (port > 0 ? " on port " + port : "")
                    + ": " + e.getMessage(),
                    "make sure the port is free (another Kafka or a previous run still alive?) and /tmp is writable.", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy, "kafka-shutdown"));
        return kafka;
    }

    /** Waits for the first record on {@code topic} (read from the beginning) that matches. */
    public static Optional<ConsumerRecord<String, String>> awaitRecord(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, String>> matches, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matches.test(record)) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Sends an event as its producing service would: the payload as JSON, with the CloudEvents headers. */
    public static <T> void sendEvent(String bootstrapServers, EventContract<T> contract, T payload, String eventId,
            Instant time) {
        var record = new ProducerRecord<>(contract.topic(), contract.keyOf(payload), Api.json(payload));
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, contract.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/moteplass/test".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TIME, time.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.SPEC_VERSION_VALUE.getBytes(StandardCharsets.UTF_8));
        send(bootstrapServers, record);
    }

    public static <T> void sendEvent(String bootstrapServers, EventContract<T> contract, T payload) {
        sendEvent(bootstrapServers, contract, payload, UUID.randomUUID().toString(), Instant.now());
    }

    /** Sends one record and waits until the broker has it. */
    public static void send(String bootstrapServers, ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + record.topic(), e);
        }
    }
}
