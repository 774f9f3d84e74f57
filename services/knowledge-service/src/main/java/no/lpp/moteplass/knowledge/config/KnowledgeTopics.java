package no.lpp.moteplass.knowledge.config;

import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.support.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Topics this service reads and writes. */
@Configuration(proxyBeanMethods = false)
class KnowledgeTopics {

    @Bean
    KafkaAdmin.NewTopics consumedTopics(TopicDeclarations topics) {
        return topics.consumed(Topics.PARTNERSHIP_ORGANIZATION, Topics.PARTNERSHIP_AGREEMENT, Topics.TEAMS_TEAM,
                Topics.MEETINGS_MEETING);
    }

    @Bean
    NewTopic insightTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.KNOWLEDGE_INSIGHT);
    }

    @Bean
    NewTopic followUpTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.KNOWLEDGE_FOLLOW_UP);
    }
}
