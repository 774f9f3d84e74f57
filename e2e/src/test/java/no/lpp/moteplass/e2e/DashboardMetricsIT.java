package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.lpp.moteplass.local.platform.Component;
import no.lpp.moteplass.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard the chart ships (helm/moteplass/dashboards/moteplass.json) asks only for metrics the running
 * platform really exposes: every metric named in a panel's query is on some component's /actuator/prometheus.
 */
@ExtendWith(RunningPlatform.class)
class DashboardMetricsIT {

    /** A metric name in PromQL: an identifier followed by a label matcher, a range or the end of a function call. */
    static final Pattern METRIC = Pattern.compile("\\b([a-z][a-z0-9]*_[a-z0-9_]+)\\s*(?=[{\\[)])");

    @Test
    void everyMetricOnTheDashboardIsExposedByTheRunningPlatform() {
        Api gateway = new Api(RunningPlatform.gateway());
        gateway.get("/public/meetings", null); // a request through a route, so its circuit breaker exists
        Set<String> exposed = new HashSet<>();
        for (Component component : Component.ALL) {
            String scrape = new Api("http://localhost:" + RunningPlatform.port(component))
                    .getAccepting("/actuator/prometheus", "text/plain").body();
            scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(exposed::add);
        }

        Set<String> asked = new TreeSet<>();
        JsonNode dashboard = JsonMapper.builder().build().readTree(Path.of(System.getProperty("moteplass.root"))
                .resolve("helm/moteplass/dashboards/moteplass.json").toFile());
        for (JsonNode expression : dashboard.findValues("expr")) {
            METRIC.matcher(expression.asString()).results().map(match -> match.group(1)).forEach(asked::add);
        }

        assertThat(asked).as("metrics the dashboard asks for").hasSizeGreaterThan(10);
        assertThat(exposed).containsAll(asked);
    }
}
