package no.lpp.moteplass.team.messaging;

import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.support.inbox.InboundEvent;
import no.lpp.moteplass.team.organization.OrganizationDirectory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes organisation events by {@code ce_type}. Types this version does not know are skipped, so the producer can
 * add new kinds of events without breaking this consumer; unreadable records go to the dead-letter topic.
 */
@Component
class PartnershipEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PartnershipEventsListener.class);

    private final OrganizationDirectory directory;
    private final JsonMapper json;

    PartnershipEventsListener(OrganizationDirectory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @KafkaListener(topics = Topics.PARTNERSHIP_ORGANIZATION, id = "team-service.organizations")
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        if (event.is(PartnershipEvents.ORGANIZATION_REGISTERED)) {
            directory.registered(event, event.payloadAs(PartnershipEvents.ORGANIZATION_REGISTERED, json));
        } else {
            log.debug("Skipping event {} of type {} this version does not handle", event.id(), event.type());
        }
    }
}
