package no.lpp.moteplass.partnership.config;

import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.support.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics this service owns and therefore creates. */
@Configuration(proxyBeanMethods = false)
class PartnershipTopics {

    @Bean
    NewTopic organizationTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.PARTNERSHIP_ORGANIZATION);
    }

    @Bean
    NewTopic agreementTopic(TopicDeclarations topics) {
        return topics.stateTopic(Topics.PARTNERSHIP_AGREEMENT);
    }
}
