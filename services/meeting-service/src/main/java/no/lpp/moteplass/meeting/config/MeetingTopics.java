package no.lpp.moteplass.meeting.config;

import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.support.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Topics this service reads (declared with their owners' settings, so start order does not matter). */
@Configuration(proxyBeanMethods = false)
class MeetingTopics {

    @Bean
    NewTopic organizationTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.PARTNERSHIP_ORGANIZATION);
    }

    @Bean
    NewTopic teamTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.TEAMS_TEAM);
    }

    @Bean
    NewTopic certificationTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.TEAMS_CERTIFICATION);
    }

    @Bean
    NewTopic organizationDeadLetterTopic(TopicDeclarations topics) {
        return topics.deadLetterTopic(Topics.PARTNERSHIP_ORGANIZATION);
    }

    @Bean
    NewTopic teamDeadLetterTopic(TopicDeclarations topics) {
        return topics.deadLetterTopic(Topics.TEAMS_TEAM);
    }

    @Bean
    NewTopic certificationDeadLetterTopic(TopicDeclarations topics) {
        return topics.deadLetterTopic(Topics.TEAMS_CERTIFICATION);
    }
}
