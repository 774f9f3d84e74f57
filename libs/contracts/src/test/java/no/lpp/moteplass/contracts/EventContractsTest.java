package no.lpp.moteplass.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lpp.moteplass.contracts.knowledge.FollowUpState;
import no.lpp.moteplass.contracts.knowledge.InsightState;
import no.lpp.moteplass.contracts.knowledge.KnowledgeEvents;
import no.lpp.moteplass.contracts.meetings.MeetingEvents;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.contracts.partnership.AgreementState;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.teams.CertificationState;
import no.lpp.moteplass.contracts.teams.TeamEvents;
import no.lpp.moteplass.contracts.teams.TeamState;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the wire format: a record and its published JSON Schema must stay in step, and a change that would break an
 * existing consumer (a removed or renamed field, a new required field) fails here first.
 */
class EventContractsTest {

    static final List<EventContract<?>> CONTRACTS = List.of(PartnershipEvents.ORGANIZATION_REGISTERED,
            PartnershipEvents.ORGANIZATION_CHANGED, PartnershipEvents.ORGANIZATION_DEACTIVATED,
            PartnershipEvents.AGREEMENT_ACTIVATED, PartnershipEvents.AGREEMENT_RENEWED,
            PartnershipEvents.AGREEMENT_EXPIRED, PartnershipEvents.AGREEMENT_TERMINATED,
            TeamEvents.TEAM_FORMED, TeamEvents.TEAM_CHANGED, TeamEvents.TEAM_DISSOLVED,
            TeamEvents.CERTIFICATION_ISSUED, TeamEvents.CERTIFICATION_REVOKED, TeamEvents.CERTIFICATION_EXPIRED,
            MeetingEvents.MEETING_PUBLISHED, MeetingEvents.MEETING_RESCHEDULED, MeetingEvents.MEETING_CANCELLED,
            MeetingEvents.MEETING_HELD, MeetingEvents.REGISTRATIONS_CHANGED, KnowledgeEvents.INSIGHT_PUBLISHED,
            KnowledgeEvents.FOLLOW_UP_CHANGED);

    /**
     * The required fields as first published. Consumers rely on these; a version may add optional fields, never
     * drop or rename these. Changing a line here means a new topic/type version.
     */
    static final java.util.Map<Class<?>, Set<String>> PUBLISHED_REQUIRED = java.util.Map.of(
            OrganizationState.class, Set.of("organizationId", "name", "type", "active", "changedAt"),
            AgreementState.class, Set.of("agreementId", "status", "startsOn", "endsOn", "meetingsPerHalfYear",
                    "parties", "changedAt"),
            TeamState.class, Set.of("teamId", "name", "status", "hostOrganizationIds", "members", "changedAt"),
            CertificationState.class, Set.of("certificationId", "personId", "type", "validUntil", "status",
                    "changedAt"),
            MeetingState.class, Set.of("meetingId", "teamId", "themeId", "status", "startsAt", "capacity",
                    "confirmed", "waitlisted", "changedAt"),
            InsightState.class, Set.of("insightId", "meetingId", "teamId", "statement", "kind", "themeTags",
                    "serviceAreas", "targetOrganizationIds", "publishedAt"),
            FollowUpState.class, Set.of("followUpId", "insightId", "organizationId", "status", "changedAt"));

    final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @FieldSource("CONTRACTS")
    void schemaDescribesEveryFieldOfTheRecord(EventContract<?> contract) throws IOException {
        JsonNode schema = schemaOf(contract);
        Set<String> schemaFields = schema.get("properties").propertyNames().stream().collect(Collectors.toSet());

        assertThat(recordFields(contract.payloadType())).isEqualTo(schemaFields);
    }

    @ParameterizedTest
    @FieldSource("CONTRACTS")
    void requiredFieldsStayAsPublished(EventContract<?> contract) throws IOException {
        Set<String> required = schemaOf(contract).get("required").valueStream()
                .map(JsonNode::asString).collect(Collectors.toSet());

        assertThat(required).isEqualTo(PUBLISHED_REQUIRED.get(contract.payloadType()));
        assertThat(recordFields(contract.payloadType())).containsAll(required);
    }

    @ParameterizedTest
    @FieldSource("CONTRACTS")
    void topicAndTypeFollowTheNamingRules(EventContract<?> contract) {
        assertThat(contract.topic()).matches("moteplass\\.[a-z]+\\.[a-z-]+\\.v\\d+");
        assertThat(contract.type()).matches("moteplass\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v\\d+");
        assertThat(contract.type()).doesNotContain(contract.payloadType().getName());
    }

    @org.junit.jupiter.api.Test
    void organizationStateIsKeyedByItsIdAndSerialisesWithIsoTimes() {
        var id = UUID.randomUUID();
        var event = new OrganizationState(id, "Demo HF", "HEALTH_TRUST", "974633752", null, "VEST", null, "demo-hf",
                true, Instant.parse("2026-01-02T03:04:05Z"));

        JsonNode node = json.valueToTree(event);

        assertThat(PartnershipEvents.ORGANIZATION_CHANGED.keyOf(event)).isEqualTo(id.toString());
        assertThat(node.get("changedAt").asString()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(json.treeToValue(node, OrganizationState.class)).isEqualTo(event);
    }

    @org.junit.jupiter.api.Test
    void agreementDatesTravelAsIsoDates() {
        var state = new AgreementState(UUID.randomUUID(), "ACTIVE", java.time.LocalDate.parse("2026-01-01"),
                java.time.LocalDate.parse("2027-12-31"), 2,
                List.of(new AgreementState.Party(UUID.randomUUID(), "LPP", true)), null, Instant.now());

        JsonNode node = json.valueToTree(state);

        assertThat(node.get("startsOn").asString()).isEqualTo("2026-01-01");
        assertThat(node.get("parties").get(0).get("role").asString()).isEqualTo("LPP");
        assertThat(json.treeToValue(node, AgreementState.class)).isEqualTo(state);
    }

    @org.junit.jupiter.api.Test
    void aConsumerBuiltForThisVersionReadsAPayloadWithFieldsAddedLater() {
        String future = "{\"organizationId\":\"" + UUID.randomUUID() + "\",\"name\":\"X\",\"type\":\"NEW_KIND\","
                + "\"active\":true,\"changedAt\":\"2026-01-02T03:04:05Z\",\"addedInV1_1\":42}";

        assertThat(JsonMapper.builder().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build().readValue(future, OrganizationState.class).type()).isEqualTo("NEW_KIND");
    }

    private JsonNode schemaOf(EventContract<?> contract) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(contract.schemaResource())) {
            assertThat(in).as("schema %s", contract.schemaResource()).isNotNull();
            return json.readTree(in);
        }
    }

    private static Set<String> recordFields(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
