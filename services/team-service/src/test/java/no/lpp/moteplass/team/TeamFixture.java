package no.lpp.moteplass.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.partnership.AgreementState;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Keycloak;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the partnership service would have told this service (organisations with their Keycloak aliases, agreements),
 * sent as real events through Kafka, plus shortcuts for people and teams through the API.
 */
public final class TeamFixture {

    public static final UUID HF = UUID.fromString("0f000000-0000-4000-8000-0000000000f1");
    public static final UUID KOMMUNE = UUID.fromString("0f000000-0000-4000-8000-0000000000f2");
    public static final UUID LPP = UUID.fromString("0f000000-0000-4000-8000-0000000000f0");

    private final Api api;
    private final JdbcClient jdbc;
    private final String kafka;

    public TeamFixture(Api api, JdbcClient jdbc, String kafka) {
        this.api = api;
        this.jdbc = jdbc;
        this.kafka = kafka;
    }

    /** demo-hf with an active agreement, demo-kommune without one. */
    public void partners() {
        organization(HF, "Demo Helseforetak HF", "demo-hf");
        organization(KOMMUNE, "Demo kommune", "demo-kommune");
        if (jdbc.sql("select count(*) from known_agreement where status = 'ACTIVE' and ? = any(party_ids)").param(HF)
                .query(Long.class).single() == 0) {
            agreement(UUID.randomUUID(), "ACTIVE", HF, Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from known_organization where identity_alias in ('demo-hf', 'demo-kommune')
                """).query(Long.class).single() == 2
                && jdbc.sql("select count(*) from known_agreement where status = 'ACTIVE'").query(Long.class).single() > 0);
    }

    public void organization(UUID id, String name, String alias) {
        var state = new OrganizationState(id, name, "HEALTH_TRUST", null, null, "VEST", null, alias, true, Instant.now());
        send(PartnershipEvents.ORGANIZATION_REGISTERED, state, UUID.randomUUID().toString(), Instant.now());
    }

    /** Sends an agreement event and returns its event id (to replay it). */
    public String agreement(UUID agreementId, String status, UUID partner, Instant time) {
        var state = new AgreementState(agreementId, status, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1),
                2, List.of(new AgreementState.Party(LPP, "LPP", true), new AgreementState.Party(partner, "PARTNER", true)),
                null, time);
        var contract = switch (status) {
            case "ACTIVE" -> PartnershipEvents.AGREEMENT_ACTIVATED;
            case "TERMINATED" -> PartnershipEvents.AGREEMENT_TERMINATED;
            default -> PartnershipEvents.AGREEMENT_EXPIRED;
        };
        String eventId = UUID.randomUUID().toString();
        send(contract, state, eventId, time);
        return eventId;
    }

    public <T> void send(EventContract<T> contract, T payload, String eventId, Instant time) {
        Kafka.sendEvent(kafka, contract, payload, eventId, time);
    }

    public String person(String name, UUID organization, String token) {
        Api.Response response = api.post("/api/teams/persons", token, Api.json(organization == null
                ? Map.of("name", name) : Map.of("name", name, "organizationId", organization.toString(),
                        "profession", "psykiatrisk sykepleier")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    public Api.Response team(String name, UUID host, String token) {
        return api.post("/api/teams/teams", token, Api.json(Map.of("name", name, "locality", "Bergen",
                "hostOrganizationIds", List.of(host.toString()))));
    }

    public static String admin() {
        return Keycloak.shared().token("demo-lpp-admin");
    }

    public static String trainer() {
        return Keycloak.shared().token("demo-lpp-trainer");
    }

    public static String coordinatorHf() {
        return Keycloak.shared().token("demo-coordinator-hf");
    }
}
