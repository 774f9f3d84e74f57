package no.lpp.moteplass.support.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param partitions              partitions for topics this service owns
 * @param replicationFactor       replicas for topics this service owns (1 locally, 3 in production)
 * @param outageRetryMaxInterval  the longest wait between attempts at a record while something it needs is away: how
 *                                late a consumer may notice that its database is back
 */
@ConfigurationProperties("moteplass.kafka")
public record KafkaProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
        @DefaultValue("30s") Duration outageRetryMaxInterval) {
}
