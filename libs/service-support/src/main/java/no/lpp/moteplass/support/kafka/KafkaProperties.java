package no.lpp.moteplass.support.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param partitions        partitions for topics this service owns
 * @param replicationFactor replicas for topics this service owns (1 locally, 3 in production)
 */
@ConfigurationProperties("moteplass.kafka")
public record KafkaProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
}
