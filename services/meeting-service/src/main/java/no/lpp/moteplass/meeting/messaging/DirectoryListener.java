package no.lpp.moteplass.meeting.messaging;

import java.util.List;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.contracts.teams.TeamEvents;
import no.lpp.moteplass.meeting.directory.Directory;
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

    @KafkaListener(id = "meeting-service.directory",
            topics = {Topics.PARTNERSHIP_ORGANIZATION, Topics.TEAMS_TEAM, Topics.TEAMS_CERTIFICATION})
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        event.oneOf(List.of(PartnershipEvents.ORGANIZATION_REGISTERED, PartnershipEvents.ORGANIZATION_CHANGED,
                PartnershipEvents.ORGANIZATION_DEACTIVATED))
                .ifPresent(c -> directory.organization(event, event.payloadAs(c, json)));
        event.oneOf(List.of(TeamEvents.TEAM_FORMED, TeamEvents.TEAM_CHANGED, TeamEvents.TEAM_DISSOLVED))
                .ifPresent(c -> directory.team(event, event.payloadAs(c, json)));
        event.oneOf(List.of(TeamEvents.CERTIFICATION_ISSUED, TeamEvents.CERTIFICATION_REVOKED,
                TeamEvents.CERTIFICATION_EXPIRED))
                .ifPresent(c -> directory.certification(event, event.payloadAs(c, json)));
    }
}
