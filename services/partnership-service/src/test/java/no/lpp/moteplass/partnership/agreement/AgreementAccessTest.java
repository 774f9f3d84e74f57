package no.lpp.moteplass.partnership.agreement;

import static no.lpp.moteplass.partnership.agreement.AgreementRequests.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.lpp.moteplass.partnership.RegisterFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may do what with agreements: each demo identity against each endpoint, for an agreement of its own organisation
 * (LPP + demo-hf) and of someone else's (LPP + demo-kommune).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AgreementAccessTest {

    private static final String PATH = AgreementLifecycleTest.PATH;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String lpp;
    String hf;
    String kommune;
    String hfAgreement;
    String kommuneAgreement;

    @BeforeEach
    void agreements() {
        api = new Api("http://localhost:" + port);
        var fixture = new RegisterFixture(api, jdbc);
        lpp = fixture.lpp();
        hf = fixture.demoHf();
        kommune = fixture.demoKommune();
        String admin = token("demo-lpp-admin");
        LocalDate start = LocalDate.now().plusDays(30);
        hfAgreement = api.post(PATH, admin, Api.json(between(lpp, hf, start, start.plusYears(2)))).json().get("id").asString();
        kommuneAgreement = api.post(PATH, admin, Api.json(between(lpp, kommune, start, start.plusYears(2))))
                .json().get("id").asString();
    }

    @ParameterizedTest(name = "{0} reads the {1} agreement: {2}")
    @CsvSource({
            "demo-lpp-admin,           hf,      200",
            "demo-lpp-admin,           kommune, 200",
            "demo-coordinator-hf,      hf,      200",
            "demo-coordinator-hf,      kommune, 403",
            "demo-coordinator-kommune, kommune, 200",
            "demo-coordinator-kommune, hf,      403",
            "demo-facilitator-hf,      hf,      403",
            "demo-lpp-trainer,         hf,      403",
            "demo-hf-intranet,         hf,      403"})
    void readingOneAgreement(String who, String whose, int expected) {
        assertThat(api.get(PATH + "/" + agreement(whose), token(who)).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} signs for {1} on the {2} agreement: {3}")
    @CsvSource({
            "demo-coordinator-hf,      hf,      hf,      200",
            "demo-coordinator-hf,      lpp,     hf,      403",
            "demo-coordinator-hf,      kommune, kommune, 403",
            "demo-coordinator-kommune, kommune, kommune, 200",
            "demo-facilitator-hf,      hf,      hf,      403",
            "demo-lpp-trainer,         lpp,     hf,      403",
            "demo-hf-intranet,         hf,      hf,      403",
            "demo-lpp-admin,           hf,      hf,      200"})
    void signing(String who, String forWhom, String whose, int expected) {
        Api.Response response = api.post(PATH + "/" + agreement(whose) + "/signatures", token(who),
                Api.json(Map.of("organizationId", organization(forWhom))));

        assertThat(response.status()).isEqualTo(expected);
    }

    @Test
    void aCoordinatorListsOnlyAgreementsTheirOrganizationIsPartyTo() {
        var listed = api.get(PATH + "?size=200", token("demo-coordinator-hf")).json().get("items").valueStream()
                .map(item -> item.get("id").asString()).toList();

        assertThat(listed).contains(hfAgreement).doesNotContain(kommuneAgreement);
    }

    @ParameterizedTest(name = "{0} may not draft, change, terminate, renew or read history")
    @CsvSource({"demo-coordinator-hf", "demo-facilitator-hf", "demo-lpp-trainer", "demo-hf-intranet"})
    void onlyLppAdministratorsManageAgreements(String who) {
        String token = token(who);
        LocalDate start = LocalDate.now();

        assertThat(api.post(PATH, token, Api.json(between(lpp, hf, start, start.plusYears(1)))).status()).isEqualTo(403);
        assertThat(api.put(PATH + "/" + hfAgreement, token, "\"0\"", Api.json(between(lpp, hf, start, start.plusYears(1))))
                .status()).isEqualTo(403);
        assertThat(api.postWithIfMatch(PATH + "/" + hfAgreement + "/termination", token, "\"0\"",
                Api.json(Map.of("reason", "x"))).status()).isEqualTo(403);
        assertThat(api.post(PATH + "/" + hfAgreement + "/renewal", token, "{}").status()).isEqualTo(403);
        assertThat(api.get(PATH + "/" + hfAgreement + "/history", token).status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} lists: {1}")
    @CsvSource({"demo-facilitator-hf, 403", "demo-lpp-trainer, 403", "demo-hf-intranet, 403", "demo-coordinator-kommune, 200"})
    void listing(String who, int expected) {
        assertThat(api.get(PATH, token(who)).status()).isEqualTo(expected);
    }

    private String agreement(String whose) {
        return "hf".equals(whose) ? hfAgreement : kommuneAgreement;
    }

    private String organization(String which) {
        return Map.of("lpp", lpp, "hf", hf, "kommune", kommune).get(which);
    }

    private static String token(String who) {
        return Keycloak.shared().tokenOf(who);
    }
}
