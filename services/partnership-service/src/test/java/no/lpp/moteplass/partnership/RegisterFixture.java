package no.lpp.moteplass.partnership;

import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisations the demo identities belong to (LPP, demo-hf with a DPS, demo-kommune), registered once per test
 * database and found again by their Keycloak alias.
 */
public final class RegisterFixture {

    private static final String PATH = "/api/partnerships/organizations";

    private final Api api;
    private final JdbcClient jdbc;

    public RegisterFixture(Api api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    public String lpp() {
        return byAlias("lpp", Map.of("name", "LPP nasjonalt", "type", "LPP_NATIONAL", "identityAlias", "lpp"));
    }

    public String demoHf() {
        return byAlias("demo-hf", Map.of("name", "Demo Helseforetak HF", "type", "HEALTH_TRUST", "region", "VEST",
                "identityAlias", "demo-hf"));
    }

    public String demoHfDps() {
        String hf = demoHf();
        return jdbc.sql("select id::text from organization where parent_id = cast(? as uuid)").param(hf)
                .query(String.class).optional()
                .orElseGet(() -> create(Map.of("name", "Demo DPS", "type", "DPS", "region", "VEST", "parentId", hf)));
    }

    public String demoKommune() {
        return byAlias("demo-kommune", Map.of("name", "Demo kommune", "type", "MUNICIPALITY", "municipalityNumber", "5001",
                "region", "MIDT", "identityAlias", "demo-kommune"));
    }

    private String byAlias(String alias, Map<String, Object> body) {
        return jdbc.sql("select id::text from organization where identity_alias = ?").param(alias)
                .query(String.class).optional().orElseGet(() -> create(body));
    }

    private String create(Map<String, Object> body) {
        Api.Response response = api.post(PATH, Keycloak.shared().token("demo-lpp-admin"), Api.json(body));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not register " + body + ": " + response.body());
        }
        return response.json().get("id").asString();
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
