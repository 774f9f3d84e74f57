package no.lpp.moteplass.support.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.lpp.moteplass.contracts.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Replays what was parked on a dead-letter topic: each record goes back to the topic it came from, with its key, value
 * and event headers (not the dead-letter ones), and the replay's position is committed, so a record is replayed once.
 * Consumers are idempotent (the inbox), so a record that was meanwhile processed is not applied twice.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration POLL = Duration.ofSeconds(2);

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> template;
    private final String group;

    public DeadLetters(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> template,
            String application) {
        this.consumers = consumers;
        this.template = template;
        this.group = application + "-dead-letter-replay";
    }

    /** Sends every record not yet replayed from {@code topic}'s dead-letter topic back to {@code topic}. */
    public int replay(String topic) {
        String deadLetters = Topics.deadLetter(topic);
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        int replayed = 0;
        try (Consumer<String, String> consumer = consumers.createConsumer(group, "replay", null, overrides)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, POLL).stream()
                    .map(info -> new TopicPartition(deadLetters, info.partition())).toList();
            if (partitions.isEmpty()) {
                return 0;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, POLL);
            while (partitions.stream().anyMatch(p -> consumer.position(p, POLL) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    ProducerRecord<String, String> again = new ProducerRecord<>(topic, record.key(), record.value());
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith("kafka_dlt")) {
                            again.headers().add(header);
                        }
                    }
                    template.send(again).join();
                    replayed++;
                }
                consumer.commitSync(POLL);
            }
        }
        log.warn("Replayed {} record(s) from {} to {}", replayed, deadLetters, topic);
        return replayed;
    }
}
