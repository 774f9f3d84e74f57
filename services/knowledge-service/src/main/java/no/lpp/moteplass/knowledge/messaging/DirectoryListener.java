package no.lpp.moteplass.knowledge.messaging;

import java.util.List;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.contracts.meetings.MeetingEvents;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.contracts.teams.TeamEvents;
import no.lpp.moteplass.knowledge.directory.Directory;
import no.lpp.moteplass.support.inbox.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Feeds the directory; unknown event types are skipped so producers can add new ones without breaking this one. */
@Component
class DirectoryListener {

    private final Directory directory;
    private final JsonMapper json;

    DirectoryListener(Directory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @KafkaListener(id = "knowledge-service.directory", topics = {Topics.PARTNERSHIP_ORGANIZATION,
            Topics.PARTNERSHIP_AGREEMENT, Topics.TEAMS_TEAM, Topics.MEETINGS_MEETING})
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        event.oneOf(List.of(PartnershipEvents.ORGANIZATION_REGISTERED, PartnershipEvents.ORGANIZATION_CHANGED,
                PartnershipEvents.ORGANIZATION_DEACTIVATED))
                .ifPresent(c -> directory.organization(event, event.payloadAs(c, json)));
        event.oneOf(List.of(PartnershipEvents.AGREEMENT_ACTIVATED, PartnershipEvents.AGREEMENT_RENEWED,
                PartnershipEvents.AGREEMENT_EXPIRED, PartnershipEvents.AGREEMENT_TERMINATED))
                .ifPresent(c -> directory.agreement(event, event.payloadAs(c, json)));
        event.oneOf(List.of(TeamEvents.TEAM_FORMED, TeamEvents.TEAM_CHANGED, TeamEvents.TEAM_DISSOLVED))
                .ifPresent(c -> directory.team(event, event.payloadAs(c, json)));
        event.oneOf(List.of(MeetingEvents.MEETING_PUBLISHED, MeetingEvents.MEETING_RESCHEDULED,
                MeetingEvents.MEETING_CANCELLED, MeetingEvents.MEETING_HELD, MeetingEvents.REGISTRATIONS_CHANGED))
                .ifPresent(c -> directory.meeting(event, event.payloadAs(c, json)));
    }
}
