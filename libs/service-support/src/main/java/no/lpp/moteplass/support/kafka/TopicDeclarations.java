package no.lpp.moteplass.support.kafka;

import java.util.ArrayList;
import java.util.List;
import no.lpp.moteplass.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Builds topic declarations the same way everywhere; services expose them as {@code NewTopic} beans. */
public class TopicDeclarations {

    private final KafkaProperties properties;

    public TopicDeclarations(KafkaProperties properties) {
        this.properties = properties;
    }

    /** An entity-state topic: compacted, so the latest event per key survives for new consumers. */
    public NewTopic stateTopic(String name) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .compact()
                .build();
    }

    /**
     * What a consumer of these state topics declares: each topic (with its owner's settings, so start order does not
     * matter: whichever service starts first creates it) and the consumer's dead-letter topic for it.
     */
    public KafkaAdmin.NewTopics consumed(String... stateTopics) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : stateTopics) {
            topics.add(stateTopic(topic));
            topics.add(deadLetterTopic(topic));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** The dead-letter topic a consumer of {@code sourceTopic} parks poison records on; kept for 30 days. */
    public NewTopic deadLetterTopic(String sourceTopic) {
        return TopicBuilder.name(Topics.deadLetter(sourceTopic))
                .partitions(1)
                .replicas(properties.replicationFactor())
                .config("retention.ms", String.valueOf(30L * 24 * 60 * 60 * 1000))
                .build();
    }
}
