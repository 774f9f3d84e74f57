package no.lpp.moteplass.meeting.config;

import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.support.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Topics this service reads and writes. */
@Configuration(proxyBeanMethods = false)
class MeetingTopics {

    @Bean
    KafkaAdmin.NewTopics consumedTopics(TopicDeclarations topics) {
        return topics.consumed(Topics.PARTNERSHIP_ORGANIZATION, Topics.TEAMS_TEAM, Topics.TEAMS_CERTIFICATION);
    }

    @Bean
    NewTopic meetingTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.MEETINGS_MEETING);
    }
}
