package no.lpp.moteplass.chart;

import static no.lpp.moteplass.chart.ChartTest.ROOT;
import static no.lpp.moteplass.chart.ChartTest.asMap;
import static no.lpp.moteplass.chart.ChartTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.lpp.moteplass.contracts.Topics;
import no.lpp.moteplass.local.LocalPlatform;
import no.lpp.moteplass.local.keycloak.KeycloakServer;
import no.lpp.moteplass.local.platform.Component;
import no.lpp.moteplass.local.platform.Environment;
import no.lpp.moteplass.local.platform.Ports;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Helm chart describe the same platform: the same components on the same ports, the same
 * images and tags, the same databases and the same Kafka topics (which are the topics of {@link Topics}); and the
 * compose file waits for health, not just for start. Compose is also the local platform in containers: the launcher's
 * components ({@link Component}), ports ({@link Ports#LOCAL}) and variables ({@link Environment}).
 */
class ComposeTest {

    static final Map<String, Object> COMPOSE = load("docker-compose.yml");
    static final Map<String, Object> VALUES = load("helm/moteplass/values.yaml");

    @Test
    void composeRunsEveryChartComponentOnTheSamePortWithTheSameImage() {
        Map<String, Object> services = map(COMPOSE, "services");
        Map<String, Object> global = map(VALUES, "global");
        for (var component : map(VALUES, "components").entrySet()) {
            String name = (String) asMap(component.getValue()).get("image");
            int port = (Integer) asMap(component.getValue()).get("port");
            assertThat(services).as("compose has " + name).containsKey(name);
            Map<String, Object> service = map(services, name);
            assertThat(list(service, "ports")).as(name).containsExactly(port + ":" + port);
            assertThat(map(service, "build", "args")).as(name).containsEntry("PORT", String.valueOf(port));
            assertThat((String) service.get("image")).as(name)
                    .endsWith("/" + name + ":" + map(global, "image").get("tag"));
        }
    }

    @Test
    void composeRunsTheLaunchersComponentsFromTheirModulesOnTheirPorts() {
        for (Component component : Component.ALL) {
            Map<String, Object> service = map(COMPOSE, "services", component.name());
            String port = String.valueOf(Ports.LOCAL.of(component));
            assertThat(list(service, "ports")).as(component.name()).containsExactly(port + ":" + port);
            assertThat(map(service, "build", "args")).as(component.name())
                    .containsEntry("MODULE", component.path()).containsEntry("PORT", port);
        }
    }

    @Test
    void composePublishesTheInfrastructureOnTheLaunchersPorts() {
        Ports local = Ports.LOCAL;
        assertThat(list(map(COMPOSE, "services", "keycloak"), "ports"))
                .containsExactly(published(local.keycloak()), published(local.keycloakManagement()));
        assertThat(list(map(COMPOSE, "services", "keycloak"), "command")).contains("--http-port=" + local.keycloak());
        assertThat(list(map(COMPOSE, "services", "kafka"), "ports")).containsExactly(published(local.kafka()));
        assertThat(list(map(COMPOSE, "services", "zipkin"), "ports")).containsExactly(published(local.zipkin()));
        assertThat(list(map(COMPOSE, "services", "mailcatcher"), "ports"))
                .containsExactly(published(local.smtp()), published(Ports.MAIL_WEB));
        assertThat(list(map(COMPOSE, "services", "redis"), "ports")).containsExactly(published(Ports.REDIS));
        assertThat(list(map(COMPOSE, "services", "postgres"), "ports")).containsExactly(published(Ports.POSTGRES));
    }

    @Test
    void composeGivesEachComponentTheVariablesTheLauncherGives() {
        Ports local = Ports.LOCAL;
        String issuer = "http://localhost:" + local.keycloak() + "/realms/" + KeycloakServer.REALM;
        for (Component component : Component.ALL) {
            Map<String, Object> env = map(COMPOSE, "services", component.name(), "environment");
            if (component.database() != null) {
                assertThat(env).as(component.name()).containsKey(Environment.KAFKA_BOOTSTRAP_SERVERS)
                        .containsEntry(Environment.KEYCLOAK_ISSUER_URI, issuer)
                        .containsEntry(Environment.PUBLIC_URL, local.publicUrl());
            }
            if (component != Component.GATEWAY) {
                assertThat(env).as(component.name()).containsEntry(Environment.ZIPKIN_ENDPOINT,
                        "http://zipkin:" + local.zipkin() + "/api/v2/spans");
            }
        }
        assertThat(map(COMPOSE, "services", Component.MEETING.name(), "environment"))
                .containsEntry(Environment.SMTP_HOST, "mailcatcher")
                .containsEntry(Environment.SMTP_PORT, String.valueOf(local.smtp()));
        for (Component component : Component.ALL) {
            String url = "http://" + component.name() + ":" + local.of(component);
            if (component != Component.GATEWAY) {
                assertThat(map(COMPOSE, "services", "gateway", "environment")).containsEntry(component.urlVariable(), url);
            }
            if (component.database() != null) {
                assertThat(map(COMPOSE, "services", "portal", "environment")).containsEntry(component.urlVariable(), url);
            }
        }
    }

    @Test
    void composeCreatesTheChartsDatabases() throws IOException {
        String script = Files.readString(ROOT.resolve("deploy/compose/create-databases.sql"));
        map(VALUES, "components").values().stream().map(c -> (String) asMap(c).get("database"))
                .filter(database -> !database.isEmpty())
                .forEach(database -> assertThat(script).contains("CREATE DATABASE " + database + ";"));
        Component.ALL.stream().map(Component::database).filter(java.util.Objects::nonNull)
                .forEach(database -> assertThat(script).contains("CREATE DATABASE " + database + ";"));
        assertThat(script).contains("CREATE DATABASE " + LocalPlatform.KEYCLOAK_DATABASE + ";");
        assertThat((String) map(COMPOSE, "services", "keycloak", "environment").get("KC_DB_URL"))
                .endsWith("/" + LocalPlatform.KEYCLOAK_DATABASE);
    }

    private static String published(int port) {
        return port + ":" + port;
    }

    @Test
    void composeAndChartNameTheSameTopicsTheContractsDefine() {
        Map<String, Object> topicsJob = map(COMPOSE, "services", "kafka-topics", "environment");
        List<String> composeState = words((String) topicsJob.get("STATE_TOPICS"));
        List<String> composeDeadLetter = words((String) topicsJob.get("DEAD_LETTER_TOPICS"));
        Map<String, Object> chartTopics = map(VALUES, "global", "kafka", "topics");

        assertThat(composeState).containsExactlyInAnyOrderElementsOf(list(chartTopics, "state"))
                .containsExactlyInAnyOrderElementsOf(contractTopics());
        assertThat(composeDeadLetter).containsExactlyInAnyOrderElementsOf(list(chartTopics, "deadLetter"))
                .allSatisfy(topic -> assertThat(composeState).contains(topic.replaceFirst("\\.dlt$", "")));
    }

    @Test
    void everyContainerIsHealthCheckedAndMemoryLimited() {
        map(COMPOSE, "services").forEach((name, value) -> {
            Map<String, Object> service = asMap(value);
            if (name.equals("kafka-topics")) {
                return; // a job that runs once
            }
            assertThat(service).as(name).containsKey("healthcheck");
            assertThat(map(service, "deploy", "resources", "limits")).as(name).containsKey("memory");
        });
    }

    @Test
    void componentsStartOnlyWhenWhatTheyNeedIsHealthy() {
        for (String name : List.of("partnership-service", "team-service", "meeting-service", "knowledge-service",
                "portal", "gateway")) {
            Map<String, Object> dependsOn = map(COMPOSE, "services", name, "depends_on");
            assertThat(dependsOn).as(name).containsAnyOf(Map.entry("keycloak", Map.of("condition", "service_healthy")),
                    Map.entry("meeting-service", Map.of("condition", "service_healthy")));
            dependsOn.forEach((dependency, condition) -> assertThat(asMap(condition).get("condition")).as(name)
                    .isIn("service_healthy", "service_completed_successfully"));
        }
        assertThat(map(COMPOSE, "services", "gateway", "depends_on")).containsKeys("partnership-service",
                "team-service", "meeting-service", "knowledge-service", "portal", "redis");
    }

    @Test
    void theImageRunsAsTheChartsNonRootUserOnJava25WithItsAotCache() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("deploy/image/Dockerfile"));
        Map<String, Object> podSecurity = map(ChartTest.render("", "Deployment").getFirst(), "spec", "template",
                "spec", "securityContext");

        assertThat(dockerfile).containsPattern("ARG JRE_IMAGE=eclipse-temurin:25-jre")
                .contains("USER " + podSecurity.get("runAsUser") + ":" + podSecurity.get("runAsGroup"))
                .contains("RUN ./aot-train.sh", "-XX:AOTCache=app.aot", "HEALTHCHECK");
        assertThat(Pattern.compile("^COPY --from=layers .*", Pattern.MULTILINE).matcher(dockerfile).results().count())
                .as("one COPY per layer, rarely changing first").isEqualTo(4);
    }

    /**
     * Keycloak shows the login theme wherever it runs, and one Keycloak version runs everywhere: the tests' (the pom's
     * keycloak.version), compose's (the theme jar mounted into the stock image) and the operator's (an image built from
     * deploy/keycloak-theme/Dockerfile).
     */
    @Test
    void keycloakRunsTheLoginThemeInOneVersionEverywhere() throws IOException {
        String version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml"))).results().findFirst().orElseThrow().group(1);
        Map<String, Object> keycloak = map(COMPOSE, "services", "keycloak");
        String dockerfile = Files.readString(ROOT.resolve("deploy/keycloak-theme/Dockerfile"));
        String operatorImage = (String) map(load("helm/examples/keycloak.yaml"), "spec").get("image");

        assertThat(keycloak.get("image")).isEqualTo("quay.io/keycloak/keycloak:" + version);
        assertThat(list(keycloak, "volumes")).contains("./deploy/keycloak-theme/target/keycloak-theme.jar"
                + ":/opt/keycloak/providers/moteplass-keycloak-theme.jar:ro");
        assertThat(Files.readString(ROOT.resolve("deploy/keycloak-theme/pom.xml")))
                .contains("<finalName>keycloak-theme</finalName>");
        assertThat(dockerfile).contains("FROM quay.io/keycloak/keycloak:" + version + "\n",
                "COPY target/keycloak-theme.jar /opt/keycloak/providers/", "RUN /opt/keycloak/bin/kc.sh build");
        assertThat(operatorImage).endsWith("/moteplass/keycloak:" + version);
        assertThat(Files.readString(ROOT.resolve("deploy/keycloak/moteplass-realm.json")))
                .contains("\"loginTheme\": \"moteplass\"");
    }

    /** The state topics declared in the contracts module. */
    static List<String> contractTopics() {
        return Arrays.stream(Topics.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !field.getName().equals("DEAD_LETTER_SUFFIX"))
                .map(ComposeTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> words(String text) {
        return Arrays.asList(text.trim().split("\\s+"));
    }

    @SuppressWarnings("unchecked")
    static List<String> list(Map<String, Object> from, String key) {
        return (List<String>) from.get(key);
    }

    static Map<String, Object> load(String file) {
        try {
            return new HashMap<>(new Yaml().load(Files.readString(ROOT.resolve(file))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
