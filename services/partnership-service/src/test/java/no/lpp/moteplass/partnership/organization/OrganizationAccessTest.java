package no.lpp.moteplass.partnership.organization;

import static no.lpp.moteplass.partnership.organization.OrganizationRequests.healthTrust;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Who may do what with organisations, cell by cell: each demo identity against each endpoint, for its own
 * organisation (demo-hf and the DPS under it) and someone else's (demo-kommune).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OrganizationAccessTest {

    private static final String PATH = "/api/partnerships/organizations";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String hf;
    String dps;
    String kommune;

    @BeforeEach
    void organizations() {
        api = new Api("http://localhost:" + port);
        var fixture = new RegisterFixture(api, jdbc);
        hf = fixture.demoHf();
        dps = fixture.demoHfDps();
        kommune = fixture.demoKommune();
    }

    @ParameterizedTest(name = "{0} reads {1}: {2}")
    @CsvSource({
            "demo-lpp-admin,           own-hf,  200",
            "demo-lpp-admin,           kommune, 200",
            "demo-coordinator-hf,      own-hf,  200",
            "demo-coordinator-hf,      own-dps, 200",
            "demo-coordinator-hf,      kommune, 403",
            "demo-coordinator-kommune, kommune, 200",
            "demo-coordinator-kommune, own-hf,  403",
            "demo-facilitator-hf,      own-hf,  403",
            "demo-facilitator-hf,      kommune, 403",
            "demo-lpp-trainer,         own-hf,  403",
            "demo-hf-intranet,         own-hf,  403"})
    void readingOneOrganization(String who, String which, int expected) {
        assertThat(api.get(PATH + "/" + organization(which), token(who)).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} lists: {1}")
    @CsvSource({
            "demo-coordinator-hf,      200",
            "demo-facilitator-hf,      403",
            "demo-lpp-trainer,         403",
            "demo-hf-intranet,         403"})
    void listing(String who, int expected) {
        assertThat(api.get(PATH, token(who)).status()).isEqualTo(expected);
    }

    @Test
    void aCoordinatorListsExactlyTheirOwnOrganizationAndWhatIsBelowIt() {
        Set<String> listed = api.get(PATH + "?size=200", token("demo-coordinator-hf")).json().get("items").valueStream()
                .map(item -> item.get("id").asString()).collect(Collectors.toSet());

        assertThat(listed).containsExactlyInAnyOrder(hf, dps);
    }

    @ParameterizedTest(name = "{0} may not change the register")
    @CsvSource({"demo-coordinator-hf", "demo-facilitator-hf", "demo-lpp-trainer", "demo-hf-intranet"})
    void onlyLppAdministratorsChangeTheRegister(String who) {
        String token = token(who);
        long before = jdbc.sql("select count(*) from change_history").query(Long.class).single();

        assertThat(api.post(PATH, token, Api.json(healthTrust())).status()).isEqualTo(403);
        assertThat(api.put(PATH + "/" + hf, token, "\"0\"", Api.json(healthTrust())).status()).isEqualTo(403);
        assertThat(api.postEmpty(PATH + "/" + hf + "/deactivation", token, "\"0\"").status()).isEqualTo(403);
        assertThat(api.get(PATH + "/" + hf + "/history", token).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from change_history").query(Long.class).single()).isEqualTo(before);
    }

    private String organization(String which) {
        Map<String, Function<OrganizationAccessTest, String>> ids = Map.of(
                "own-hf", test -> test.hf, "own-dps", test -> test.dps, "kommune", test -> test.kommune);
        return ids.get(which).apply(this);
    }

    private static String token(String who) {
        return Keycloak.shared().tokenOf(who);
    }
}
