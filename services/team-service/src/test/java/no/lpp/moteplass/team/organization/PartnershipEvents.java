package no.lpp.moteplass.team.organization;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.testsupport.Api;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Object Mother for records as the partnership service puts them on Kafka. */
final class PartnershipEvents {

    private PartnershipEvents() {
    }

    static OrganizationState organization(UUID id, String name) {
        return new OrganizationState(id, name, "HEALTH_TRUST", "974760673", null, "VEST", null, null, true,
                Instant.now());
    }

    static ProducerRecord<String, String> registered(String eventId, OrganizationState payload, Instant time) {
        return record(eventId, "moteplass.partnership.organization.registered.v1", payload.organizationId().toString(),
                Api.json(payload), time);
    }

    static ProducerRecord<String, String> deactivated(String eventId, OrganizationState payload, Instant time) {
        var inactive = new OrganizationState(payload.organizationId(), payload.name(), payload.type(),
                payload.organizationNumber(), payload.municipalityNumber(), payload.region(), payload.parentId(),
                payload.identityAlias(), false, time);
        return record(eventId, "moteplass.partnership.organization.deactivated.v1",
                payload.organizationId().toString(), Api.json(inactive), time);
    }

    static ProducerRecord<String, String> record(String eventId, String type, String key, String value, Instant time) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PARTNERSHIP_ORGANIZATION, key, value);
        if (eventId != null) {
            record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        }
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/moteplass/partnership-service".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", time.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
