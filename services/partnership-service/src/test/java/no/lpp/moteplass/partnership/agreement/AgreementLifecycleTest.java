package no.lpp.moteplass.partnership.agreement;

import static no.lpp.moteplass.partnership.agreement.AgreementRequests.between;
import static no.lpp.moteplass.partnership.agreement.AgreementRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.partnership.RegisterFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AgreementLifecycleTest extends ServiceTest {

    static final String PATH = "/api/partnerships/agreements";

    @Autowired
    AgreementCalendar calendar;

    @Autowired
    AgreementDesk lifecycle;

    String admin;
    String lpp;
    String hf;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = Keycloak.shared().token("demo-lpp-admin");
        var fixture = new RegisterFixture(api, jdbc);
        lpp = fixture.lpp();
        hf = fixture.demoHf();
        today = lifecycle.today();
    }

    @Test
    void anAgreementActivatesOnlyOnceEveryPartyHasSigned() {
        String id = draft(today.minusDays(1), today.plusYears(2));

        Api.Response lppSigned = sign(id, lpp, admin);
        assertThat(lppSigned.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(calendar.run(today).activated()).as("the calendar cannot activate it either").isZero();

        Api.Response partnerSigned = sign(id, hf, Keycloak.shared().token("demo-coordinator-hf"));

        assertThat(partnerSigned.status()).isEqualTo(200);
        assertThat(partnerSigned.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(events(id, "moteplass.partnership.agreement.activated.v1")).isEqualTo(1);
        var record = Kafka.awaitRecord(kafka, Topics.PARTNERSHIP_AGREEMENT, r -> id.equals(r.key()), Duration.ofSeconds(20))
                .orElseThrow();
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("moteplass.partnership.agreement.activated.v1");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(record.value()).get("status").asString())
                .isEqualTo("ACTIVE");
    }

    /** Dates outside this century, or not ISO dates at all, are refused naming the field; nothing is stored. */
    @Test
    void anAgreementInYearZeroOrAMillionOrDatedByANumberIsRefused() {
        long before = jdbc.sql("select count(*) from agreement").query(Long.class).single();
        Map<String, Object> body = AgreementRequests.between(lpp, hf, today, today.plusYears(2));
        for (Object startsOn : List.of("-999999999-01-01", "0000-01-01", "+1000000-01-01", "1000000-01-01",
                20270101, 57577, "01.01.2027", "2027-02-29")) {
            Api.Response refused = api.post(PATH, admin, Api.json(AgreementRequests.with(body, "startsOn", startsOn)));

            assertThat(refused.status()).as(String.valueOf(startsOn)).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("startsOn");
        }
        assertThat(jdbc.sql("select count(*) from agreement").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSignatureCannotBeGivenTwiceNorForAnOrganizationThatIsNotAParty() {
        String id = draft(today.plusDays(30), today.plusYears(2));
        sign(id, lpp, admin);

        assertThat(sign(id, lpp, admin).status()).isEqualTo(409);
        assertThat(sign(id, new RegisterFixture(api, jdbc).demoKommune(), admin).status()).isEqualTo(422);
    }

    @Test
    void theCalendarActivatesFlagsAndExpiresEachAgreementExactlyOnceEvenWithTwoInstancesAtOnce() throws Exception {
        LocalDate start = today.plusDays(10);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = draft(start, start.plusDays(60 + i));
            sign(id, lpp, admin);
            sign(id, hf, admin);
            ids.add(id);
        }
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("DRAFT"));

        runTwiceAtOnce(start.minusDays(1));
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("DRAFT"));

        runTwiceAtOnce(start);
        assertThat(ids).allSatisfy(id -> {
            assertThat(status(id)).isEqualTo("ACTIVE");
            assertThat(events(id, "moteplass.partnership.agreement.activated.v1")).isEqualTo(1);
            assertThat(history(id, "ACTIVATED")).isEqualTo(1);
            assertThat(history(id, "EXPIRING_SOON")).as("60 days left: flagged at once").isEqualTo(1);
        });

        runTwiceAtOnce(start.plusDays(100));
        assertThat(ids).allSatisfy(id -> {
            assertThat(status(id)).isEqualTo("EXPIRED");
            assertThat(events(id, "moteplass.partnership.agreement.expired.v1")).isEqualTo(1);
            assertThat(history(id, "EXPIRED")).isEqualTo(1);
            assertThat(history(id, "EXPIRING_SOON")).isEqualTo(1);
        });
    }

    @Test
    void expiringAgreementsCanBeListed() {
        String soon = draft(today.minusDays(1), today.plusDays(45));
        String later = draft(today.minusDays(1), today.plusDays(400));
        for (String id : List.of(soon, later)) {
            sign(id, lpp, admin);
            sign(id, hf, admin);
        }

        var listed = api.get(PATH + "?expiringWithinDays=90&size=200", admin).json().get("items").valueStream()
                .map(item -> item.get("id").asString()).toList();

        assertThat(listed).contains(soon).doesNotContain(later);
        assertThat(api.get(PATH + "/" + soon, admin).json().get("expiringSoon").asBoolean()).isTrue();
    }

    @Test
    void aStaleChangeIs412AndChangingTermsWithdrawsSignatures() {
        String id = draft(today.plusDays(30), today.plusYears(2));
        Api.Response signed = sign(id, lpp, admin);
        String etag = signed.header("ETag").orElseThrow();

        Api.Response changed = api.put(PATH + "/" + id, admin, etag,
                Api.json(with(between(lpp, hf, today.plusDays(60), today.plusYears(2)), "meetingsPerHalfYear", 3)));
        Api.Response stale = api.put(PATH + "/" + id, admin, etag,
                Api.json(between(lpp, hf, today.plusDays(90), today.plusYears(2))));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("parties").valueStream().map(p -> p.has("signedAt"))).containsOnly(false);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get(PATH + "/" + id, admin).json().get("meetingsPerHalfYear").asInt()).isEqualTo(3);
    }

    @Test
    void terminationNeedsAReasonAndIsPublished() {
        String id = draft(today.minusDays(1), today.plusYears(2));
        sign(id, lpp, admin);
        String etag = sign(id, hf, admin).header("ETag").orElseThrow();

        assertThat(api.post(PATH + "/" + id + "/termination", admin, "{\"reason\":\" \"}").status()).isEqualTo(400);
        Api.Response terminated = api.postWithIfMatch(PATH + "/" + id + "/termination", admin, etag,
                Api.json(Map.of("reason", "Helseforetaket har omorganisert tjenesten.")));

        assertThat(terminated.status()).isEqualTo(200);
        assertThat(terminated.json().get("status").asString()).isEqualTo("TERMINATED");
        assertThat(terminated.json().get("terminationReason").asString()).contains("omorganisert");
        assertThat(events(id, "moteplass.partnership.agreement.terminated.v1")).isEqualTo(1);
    }

    @Test
    void renewalCreatesOneSuccessorLinkedToItsPredecessor() {
        String id = draft(today.minusDays(1), today.plusYears(1));
        sign(id, lpp, admin);
        sign(id, hf, admin);

        Api.Response renewed = api.post(PATH + "/" + id + "/renewal", admin, "{}");
        Api.Response again = api.post(PATH + "/" + id + "/renewal", admin, "{}");

        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.json().get("predecessorId").asString()).isEqualTo(id);
        assertThat(renewed.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(renewed.json().get("startsOn").asString()).isEqualTo(today.plusYears(1).plusDays(1).toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(events(renewed.json().get("id").asString(), "moteplass.partnership.agreement.renewed.v1")).isEqualTo(1);
    }

    @Test
    void agreementsThatBreakTheConceptAreRefusedWithNothingStored() {
        long before = jdbc.sql("select count(*) from agreement").query(Long.class).single();
        Map<String, Object> valid = between(lpp, hf, today, today.plusYears(1));

        assertThat(api.post(PATH, admin, Api.json(with(valid, "parties", List.of(Map.of("organizationId", hf, "role", "PARTNER")))))
                .status()).as("no LPP party").isEqualTo(422);
        assertThat(api.post(PATH, admin, Api.json(between(lpp, hf, today, today.minusDays(1)))).status())
                .as("ends before it starts").isEqualTo(422);
        assertThat(api.post(PATH, admin, Api.json(between(hf, lpp, today, today.plusYears(1)))).status())
                .as("the LPP party must be LPP").isEqualTo(422);
        Api.Response tooMany = api.post(PATH, admin, Api.json(with(valid, "meetingsPerHalfYear", 4)));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("meetingsPerHalfYear");
        assertThat(api.post(PATH, admin, "{}").status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from agreement").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDraftHasTheConceptsDefaultCommitmentsAndTwoMeetingsPerHalfYear() {
        Api.Response drafted = api.post(PATH, admin, Api.json(between(lpp, hf, today, today.plusYears(1))));

        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.json().get("meetingsPerHalfYear").asInt()).isEqualTo(2);
        assertThat(drafted.json().get("parties").get(0).get("commitments").toString()).contains("kostnadsfritt");
        assertThat(drafted.json().get("parties").get(1).get("commitments").toString()).contains("leder møtene");
    }

    private void runTwiceAtOnce(LocalDate day) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        var first = CompletableFuture.runAsync(() -> awaitThen(together, () -> calendar.run(day)));
        var second = CompletableFuture.runAsync(() -> awaitThen(together, () -> calendar.run(day)));
        CompletableFuture.allOf(first, second).get();
    }

    private static void awaitThen(CyclicBarrier barrier, Runnable run) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        run.run();
    }

    String draft(LocalDate startsOn, LocalDate endsOn) {
        Api.Response response = api.post(PATH, admin, Api.json(between(lpp, hf, startsOn, endsOn)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    Api.Response sign(String id, String organization, String token) {
        return api.post(PATH + "/" + id + "/signatures", token, Api.json(Map.of("organizationId", organization)));
    }

    private String status(String id) {
        return jdbc.sql("select status from agreement where id = cast(? as uuid)").param(id).query(String.class).single();
    }

    private long events(String id, String type) {
        return jdbc.sql("select count(*) from outbox_event where event_key = ? and event_type = ?").params(id, type)
                .query(Long.class).single();
    }

    private long history(String id, String change) {
        return jdbc.sql("select count(*) from change_history where aggregate_id = cast(? as uuid) and change = ?")
                .params(id, change).query(Long.class).single();
    }
}
