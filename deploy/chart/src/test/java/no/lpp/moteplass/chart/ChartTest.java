package no.lpp.moteplass.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import no.lpp.moteplass.local.platform.Component;
import no.lpp.moteplass.local.platform.Environment;
import no.lpp.moteplass.local.platform.JvmOptions;
import no.lpp.moteplass.local.platform.Ports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Helm chart, rendered by the real Helm for the default values and a production-like values file, and held to the
 * deployment rules: three probes, requests and limits, a hardened securityContext, pinned images, every workload
 * behind a NetworkPolicy, and an HPA and a PodDisruptionBudget per component. Its components, their ports, databases
 * and variables are the launcher's ({@link Component}, {@link Ports#LOCAL}, {@link Environment} in deploy/local).
 */
class ChartTest {

    static final Path ROOT = Path.of(System.getProperty("moteplass.root", "../.."));
    static final Path CHART = ROOT.resolve("helm/moteplass");
    /**
     * The chart's names for the components (values.yaml's keys under components). Loaded here, not taken from
     * ComposeTest.VALUES, which is not set yet when ComposeTest's own initialisation reaches this class.
     */
    static final List<String> COMPONENTS = List.copyOf(map(ComposeTest.load("helm/moteplass/values.yaml"),
            "components").keySet());

    @org.junit.jupiter.api.Test
    void theChartRunsTheLaunchersComponentsOnTheirPortsWithTheirDatabases() {
        assertThat(COMPONENTS).hasSameSizeAs(Component.ALL);
        for (Component component : Component.ALL) {
            Map<String, Object> values = map(ComposeTest.VALUES, "components", chartName(component));
            assertThat(values.get("port")).as(component.name()).isEqualTo(Ports.LOCAL.of(component));
            assertThat(values.get("database")).as(component.name())
                    .isEqualTo(Objects.requireNonNullElse(component.database(), ""));
        }
    }

    @org.junit.jupiter.api.Test
    void theChartGivesEachComponentTheVariablesTheLauncherGives() {
        Map<String, Object> config = map(render("", "ConfigMap").getFirst(), "data");
        assertThat(config).containsKeys(Environment.KAFKA_BOOTSTRAP_SERVERS, Environment.KEYCLOAK_ISSUER_URI,
                Environment.PUBLIC_URL, Environment.GATEWAY_PUBLIC_URL, Environment.SMTP_HOST, Environment.SMTP_PORT);
        for (Component component : Component.ALL) {
            String name = chartName(component);
            if (component != Component.GATEWAY) {
                assertThat(config).as("the gateway and the portal find " + name).containsEntry(component.urlVariable(),
                        "http://moteplass-" + name + ":" + Ports.LOCAL.of(component));
            }
            Map<String, Object> deployment = render("", "Deployment").stream()
                    .filter(d -> name(d).equals("moteplass-" + name)).findFirst().orElseThrow();
            Map<String, Object> env = new java.util.HashMap<>();
            list(list(map(deployment, "spec", "template", "spec"), "containers").getFirst(), "env")
                    .forEach(variable -> env.put((String) variable.get("name"), variable.get("value")));
            assertThat(env).as(name).containsEntry(Environment.SERVER_PORT, String.valueOf(Ports.LOCAL.of(component)));
            assertThat(env).as(name + " runs with the launcher's JVM options")
                    .containsEntry("JAVA_TOOL_OPTIONS", String.join(" ", JvmOptions.OPTIONS) + " -Djava.io.tmpdir=/tmp")
                    .containsAllEntriesOf(JvmOptions.ENVIRONMENT);
            if (component.database() != null) {
                assertThat((String) env.get(Environment.DATABASE_URL)).as(name).endsWith("/" + component.database());
            } else {
                assertThat(env).as(name).doesNotContainKey(Environment.DATABASE_URL);
            }
        }
    }

    /** The chart's key for a launcher component: the entry whose image is the component's. */
    static String chartName(Component component) {
        return map(ComposeTest.VALUES, "components").entrySet().stream()
                .filter(entry -> component.name().equals(asMap(entry.getValue()).get("image"))).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("the chart has no component " + component.name()));
    }

    @org.junit.jupiter.api.Test
    void lintIsCleanEvenWhenStrict() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]")
                || message.contains("[WARNING]"));
    }

    @ParameterizedTest(name = "every Deployment is hardened and probed ({0})")
    @ValueSource(strings = {"", "helm/values-production.yaml"})
    void everyDeploymentHasProbesLimitsAndAHardenedSecurityContext(String values) {
        List<Map<String, Object>> deployments = render(values, "Deployment");

        assertThat(deployments).hasSize(COMPONENTS.size());
        for (Map<String, Object> deployment : deployments) {
            Map<String, Object> pod = map(map(deployment, "spec"), "template", "spec");
            assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
            for (Map<String, Object> container : list(pod, "containers")) {
                String name = name(deployment) + "/" + container.get("name");
                assertThat(container).as(name).containsKeys("startupProbe", "livenessProbe", "readinessProbe");
                assertThat(map(container, "resources", "limits")).as(name).containsKeys("cpu", "memory");
                assertThat(map(container, "resources", "requests")).as(name).containsKeys("cpu", "memory");
                Map<String, Object> security = map(container, "securityContext");
                assertThat(security).as(name).containsEntry("runAsNonRoot", true)
                        .containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
                assertThat(map(security, "capabilities").get("drop")).as(name).isEqualTo(List.of("ALL"));
                String image = (String) container.get("image");
                assertThat(image).as(name + " is pinned").matches(".+:[^:/]+").doesNotEndWith(":latest");
            }
        }
    }

    @ParameterizedTest(name = "every workload is covered by a NetworkPolicy ({0})")
    @ValueSource(strings = {"", "helm/values-production.yaml"})
    void everyWorkloadIsCoveredByANetworkPolicy(String values) {
        List<Map<String, Object>> policies = render(values, "NetworkPolicy");

        for (Map<String, Object> deployment : render(values, "Deployment")) {
            Map<String, Object> podLabels = map(map(deployment, "spec"), "template", "metadata", "labels");
            assertThat(policies).as(name(deployment)).anySatisfy(policy -> assertThat(podLabels)
                    .containsAllEntriesOf(map(map(policy, "spec"), "podSelector", "matchLabels")));
        }
    }

    @ParameterizedTest(name = "only the gateway is reachable from the ingress controller ({0})")
    @ValueSource(strings = {"", "helm/values-production.yaml"})
    void onlyTheGatewayIsReachableFromOutside(String values) {
        for (Map<String, Object> policy : render(values, "NetworkPolicy")) {
            String text = new Yaml().dump(map(policy, "spec"));
            if (name(policy).endsWith("-gateway")) {
                assertThat(text).contains("ingress-nginx");
            } else {
                assertThat(text).doesNotContain("ingress-nginx").contains("app.kubernetes.io/component: gateway");
            }
        }
    }

    @ParameterizedTest(name = "each component scales and survives a drain ({0})")
    @ValueSource(strings = {"", "helm/values-production.yaml"})
    void eachComponentHasAnAutoscalerAndADisruptionBudget(String values) {
        assertThat(render(values, "HorizontalPodAutoscaler")).hasSize(COMPONENTS.size());
        assertThat(render(values, "PodDisruptionBudget")).hasSize(COMPONENTS.size());
        assertThat(render(values, "Service")).extracting(ChartTest::name)
                .containsExactlyInAnyOrderElementsOf(COMPONENTS.stream().map(c -> "moteplass-" + c).toList());
    }

    @org.junit.jupiter.api.Test
    void productionValuesUseTheirOwnSecretsAndAServiceMonitor() {
        assertThat(render("helm/values-production.yaml", "Secret")).as("existingSecret: none created").isEmpty();
        assertThat(render("helm/values-production.yaml", "ServiceMonitor")).hasSize(COMPONENTS.size());
        assertThat(render("", "Secret")).hasSize(1);
        Map<String, Object> ingress = render("helm/values-production.yaml", "Ingress").getFirst();
        assertThat(new Yaml().dump(ingress)).contains("moteplass.lpp.no", "moteplass-lpp-no-tls");
    }

    @org.junit.jupiter.api.Test
    void withStrimziEveryTopicIsAKafkaTopicOfTheCluster() {
        Map<String, Object> topics = map(ComposeTest.VALUES, "global", "kafka", "topics");
        List<String> state = ComposeTest.list(topics, "state");
        List<Map<String, Object>> declared = render("helm/values-production.yaml", "KafkaTopic");

        assertThat(declared).extracting(topic -> map(topic, "spec").get("topicName"))
                .containsExactlyInAnyOrderElementsOf(concat(state, ComposeTest.list(topics, "deadLetter")));
        for (Map<String, Object> topic : declared) {
            assertThat(map(topic, "metadata", "labels")).containsEntry("strimzi.io/cluster", "moteplass-kafka");
            assertThat(map(topic, "metadata")).containsEntry("namespace", "kafka");
            assertThat(map(topic, "spec")).containsEntry("replicas", 3);
            boolean compacted = "compact".equals(map(topic, "spec", "config").get("cleanup.policy"));
            assertThat(compacted).as(name(topic)).isEqualTo(state.contains(map(topic, "spec").get("topicName")));
        }
        assertThat(render("", "KafkaTopic")).as("Kafka is the operator's business by default").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void productionValuesShipTheDashboardReachKeycloakInsideTheClusterAndExportTraces() {
        List<Map<String, Object>> configMaps = render("helm/values-production.yaml", "ConfigMap");
        Map<String, Object> dashboard = configMaps.stream()
                .filter(configMap -> name(configMap).endsWith("-grafana-dashboard")).findFirst().orElseThrow();
        assertThat(map(dashboard, "metadata", "labels")).containsEntry("grafana_dashboard", "1");
        Map<String, Object> json = asMap(new Yaml().load((String) map(dashboard, "data").get("moteplass.json")));
        assertThat(json).containsEntry("uid", "moteplass-platform");

        Map<String, Object> config = configMaps.stream().filter(configMap -> name(configMap).endsWith("-config"))
                .findFirst().orElseThrow();
        assertThat(map(config, "data")).containsEntry("KEYCLOAK_INTERNAL_URI",
                "http://moteplass-keycloak-service.keycloak:8080/realms/moteplass");
        assertThat(map(config, "data")).as("spans go to the cluster's collector").containsEntry(
                "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://otel-collector.observability:4318/v1/traces")
                .doesNotContainKey("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT");
        assertThat(render("", "ConfigMap")).extracting(ChartTest::name).containsExactly("moteplass-config");
        assertThat(map(render("", "ConfigMap").getFirst(), "data")).as("by default nothing is exported")
                .containsEntry("MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "1.0")
                .doesNotContainKeys("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT",
                        "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The rendered manifests of one kind. */
    static List<Map<String, Object>> render(String values, String kind) {
        var template = new Helm(CHART).template().withName("moteplass");
        if (!values.isEmpty()) {
            template.withValuesFile(ROOT.resolve(values));
        }
        List<Map<String, Object>> manifests = new ArrayList<>();
        StreamSupport.stream(new Yaml().loadAll(template.call()).spliterator(), false).filter(Objects::nonNull)
                .map(ChartTest::asMap).filter(manifest -> kind.equals(manifest.get("kind"))).forEach(manifests::add);
        return manifests;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    static Map<String, Object> map(Map<String, Object> from, String... path) {
        Map<String, Object> current = from;
        for (String key : path) {
            current = asMap(current.get(key));
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> from, String key) {
        return (List<Map<String, Object>>) from.get(key);
    }

    static String name(Map<String, Object> manifest) {
        return (String) map(manifest, "metadata").get("name");
    }
}
