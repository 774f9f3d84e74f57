package no.lpp.moteplass.team.config;

import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.support.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Topics this service reads and writes. */
@Configuration(proxyBeanMethods = false)
class TeamTopics {

    @Bean
    KafkaAdmin.NewTopics consumedTopics(TopicDeclarations topics) {
        return topics.consumed(Topics.PARTNERSHIP_ORGANIZATION, Topics.PARTNERSHIP_AGREEMENT);
    }

    @Bean
    NewTopic teamTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.TEAMS_TEAM);
    }

    @Bean
    NewTopic certificationTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.TEAMS_CERTIFICATION);
    }
}
