package no.lpp.moteplass.team.config;

import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.support.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Topics this service reads and writes. The organisation topic belongs to the partnership service; declaring it here too (with
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

    @Bean
    NewTopic agreementTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.PARTNERSHIP_AGREEMENT);
    }

    @Bean
    NewTopic agreementDeadLetterTopic(TopicDeclarations topics) {
        return topics.deadLetterTopic(Topics.PARTNERSHIP_AGREEMENT);
    }

    /** Topics this service owns. */
    @Bean
    NewTopic teamTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.TEAMS_TEAM);
    }

    @Bean
    NewTopic certificationTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.TEAMS_CERTIFICATION);
    }
}
