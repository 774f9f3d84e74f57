package no.lpp.moteplass.chart;

import static no.lpp.moteplass.chart.ChartTest.ROOT;
import static no.lpp.moteplass.chart.ChartTest.list;
import static no.lpp.moteplass.chart.ChartTest.map;
import static no.lpp.moteplass.chart.ChartTest.name;
import static no.lpp.moteplass.chart.ChartTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.lpp.moteplass.chart.PropertyConditions.Condition;
import no.lpp.moteplass.local.platform.Component;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The image is processed ahead of time by Spring (deploy/image/spring-aot.sh), which evaluates every bean condition
 * once, with the properties it is given there; the service then runs with those beans whatever its environment says.
 * So for every condition on a property in every component — its own classes and every library in its jar, outside the
 * auto-configurations it excludes — the outcome at the image build must be the outcome the environments the image runs
 * in would give: the chart's (default and production values) and docker-compose's.
 */
class AotConditionsTest {

    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("-D([^=\\s]+)=(\\S+)");

    static Stream<Component> components() {
        return Component.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("components")
    void everyConditionDecidedAtTheImageBuildIsDecidedAsWhereTheImageRuns(Component module) throws IOException {
        PropertyConditions jar = PropertyConditions.of(ImageRecipeTest.executableJar(module.path()));
        Map<String, String> build = imageBuildProperties();
        Map<String, Map<String, String>> environments = environmentsOf(module);

        List<String> differing = new ArrayList<>();
        for (Condition condition : jar.conditions()) {
            for (String property : condition.properties()) {
                boolean atBuild = condition.matches(jar.valueOf(property, build, Map.of()));
                environments.forEach((where, environment) -> {
                    String value = jar.valueOf(property, Map.of(), environment);
                    if (condition.matches(value) != atBuild) {
                        differing.add(condition.origin() + " on " + property + ": " + atBuild + " at the image build, "
                                + !atBuild + " in " + where + " (" + value + ")");
                    }
                });
            }
        }
        System.out.printf("%s: %d property conditions, %d environments%n", module.name(),
                jar.conditions().size(), environments.size());
        assertThat(jar.conditions()).as("the scan finds Spring Boot's conditions").hasSizeGreaterThan(40)
                .anyMatch(condition -> condition.properties().contains("server.forward-headers-strategy"));
        assertThat(differing).as("conditions the image would decide otherwise than its environment asks"
                + " (set the property in deploy/image/spring-aot.sh, or read it when the service starts)").isEmpty();
    }

    /** The system properties deploy/image/spring-aot.sh processes the image with. */
    static Map<String, String> imageBuildProperties() throws IOException {
        Map<String, String> properties = new TreeMap<>();
        Matcher option = SYSTEM_PROPERTY.matcher(Files.readString(ROOT.resolve("deploy/image/spring-aot.sh")));
        while (option.find()) {
            properties.put(option.group(1), option.group(2));
        }
        assertThat(properties).containsKey("server.forward-headers-strategy");
        return properties;
    }

    /** The chart's manifests for each values file: ConfigMaps and Deployments, rendered once. */
    static final Map<String, List<Map<String, Object>>> CHART = new LinkedHashMap<>();

    /** The variables a component's container has: the chart's with each values file, compose's. */
    static Map<String, Map<String, String>> environmentsOf(Component component) {
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        for (String values : List.of("", "helm/values-production.yaml")) {
            List<Map<String, Object>> manifests = CHART.computeIfAbsent(values, file -> {
                List<Map<String, Object>> rendered = new ArrayList<>(render(file, "ConfigMap"));
                rendered.addAll(render(file, "Deployment"));
                return rendered;
            });
            Map<String, String> environment = new TreeMap<>();
            manifests.stream().filter(manifest -> "ConfigMap".equals(manifest.get("kind"))).forEach(configMap ->
                    map(configMap, "data").forEach((name, value) -> environment.put(name, String.valueOf(value))));
            Map<String, Object> deployment = manifests.stream()
                    .filter(manifest -> name(manifest).equals("moteplass-" + ChartTest.chartName(component)))
                    .filter(manifest -> "Deployment".equals(manifest.get("kind"))).findFirst().orElseThrow();
            list(list(map(deployment, "spec", "template", "spec"), "containers").getFirst(), "env").forEach(variable ->
                    environment.put((String) variable.get("name"), String.valueOf(variable.getOrDefault("value",
                            "(from a secret)"))));
            environments.put("the chart" + (values.isEmpty() ? "" : " with " + values), environment);
        }
        Map<String, String> compose = new TreeMap<>();
        map(ComposeTest.COMPOSE, "services", component.name(), "environment")
                .forEach((name, value) -> compose.put(name, String.valueOf(value)));
        environments.put("docker-compose.yml", compose);
        return environments;
    }
}
