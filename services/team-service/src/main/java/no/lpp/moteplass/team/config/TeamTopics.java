package no.lpp.moteplass.team.config;

import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.support.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Topics this service reads. The organisation topic belongs to the partnership service; declaring it here too (with
 * the same settings) means start order does not matter: whichever service starts first creates it.
 */
@Configuration(proxyBeanMethods = false)
class TeamTopics {

    @Bean
    NewTopic organizationTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.PARTNERSHIP_ORGANIZATION);
    }

    @Bean
    NewTopic organizationDeadLetterTopic(TopicDeclarations topics) {
        return topics.deadLetterTopic(Topics.PARTNERSHIP_ORGANIZATION);
    }
}
