package no.lpp.moteplass.team.messaging;

import java.util.List;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.contracts.partnership.AgreementState;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.support.inbox.InboundEvent;
import no.lpp.moteplass.team.agreement.AgreementDirectory;
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

    /** Each carries the organisation's full state; the type says what changed. */
    private static final List<EventContract<OrganizationState>> ORGANIZATION_STATE_EVENTS = List.of(
            PartnershipEvents.ORGANIZATION_REGISTERED, PartnershipEvents.ORGANIZATION_CHANGED,
            PartnershipEvents.ORGANIZATION_DEACTIVATED);

    private static final List<EventContract<AgreementState>> AGREEMENT_STATE_EVENTS = List.of(
            PartnershipEvents.AGREEMENT_ACTIVATED, PartnershipEvents.AGREEMENT_RENEWED,
            PartnershipEvents.AGREEMENT_EXPIRED, PartnershipEvents.AGREEMENT_TERMINATED);

    private final OrganizationDirectory directory;
    private final AgreementDirectory agreements;
    private final JsonMapper json;

    PartnershipEventsListener(OrganizationDirectory directory, AgreementDirectory agreements, JsonMapper json) {
        this.directory = directory;
        this.agreements = agreements;
        this.json = json;
    }

    @KafkaListener(topics = Topics.PARTNERSHIP_AGREEMENT, id = "team-service.agreements")
    void onAgreement(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        var contract = AGREEMENT_STATE_EVENTS.stream().filter(event::is).findFirst();
        if (contract.isPresent()) {
            agreements.apply(event, event.payloadAs(contract.get(), json));
        } else {
            log.debug("Skipping event {} of type {} this version does not handle", event.id(), event.type());
        }
    }

    @KafkaListener(topics = Topics.PARTNERSHIP_ORGANIZATION, id = "team-service.organizations")
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        var contract = ORGANIZATION_STATE_EVENTS.stream().filter(event::is).findFirst();
        if (contract.isPresent()) {
            directory.apply(event, event.payloadAs(contract.get(), json));
        } else {
            log.debug("Skipping event {} of type {} this version does not handle", event.id(), event.type());
        }
    }
}
