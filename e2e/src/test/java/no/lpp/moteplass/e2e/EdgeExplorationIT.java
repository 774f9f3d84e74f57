package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lpp.moteplass.local.platform.Component;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Explores the edges of every operation every service describes in its OpenAPI document: requests valid but for one
 * malformed part ({@link Malformations}), as anonymous and as each kind of caller, through the gateway and straight to
 * the services, on the world {@link JourneyIT} built. Every one must be refused with a 4xx problem detail, and nothing
 * may be stored. The portal's public forms get the same treatment, form-encoded. The seed is fixed and printed; rerun
 * with another: {@code ./mvnw verify -pl e2e -am -Dit.test=EdgeExplorationIT -Dmoteplass.edges.seed=42}.
 */
@ExtendWith(RunningPlatform.class)
@Order(10) // after the journeys, on the world they built
class EdgeExplorationIT {

    static final long SEED = Long.getLong("moteplass.edges.seed", 20261201L);
    static final int REQUESTS = Integer.getInteger("moteplass.edges.requests", 2400);
    static final int FORM_REQUESTS = Integer.getInteger("moteplass.edges.form-requests", 400);
    private static final List<Component> SERVICES = List.of(Component.PARTNERSHIP, Component.TEAM, Component.MEETING,
            Component.KNOWLEDGE);
    private static final List<String> CALLERS = List.of("demo-lpp-admin", "demo-lpp-admin", "demo-lpp-trainer",
            "demo-coordinator-hf", "demo-facilitator-hf", "demo-coordinator-kommune", "demo-hf-intranet");

    /** Asked for before the two tests run side by side: Keycloak refuses simultaneous logins of one user. */
    private static String facilitator;

    @BeforeAll
    static void tokens() {
        facilitator = Keycloak.shared().token("demo-facilitator-hf");
    }

    // The two explorations run side by side: each stores nothing and checks so, and neither needs the other's answers.
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void everyOperationRefusesMalformedRequestsWithAProblemDetailAndStoresNothing() {
        System.out.printf("[edges] seed %d, %d requests; rerun with -Dmoteplass.edges.seed=%d%n", SEED, REQUESTS, SEED);
        Random random = new Random(SEED);
        Malformations malformations = new Malformations(random, new ValidValues(random, JourneyIT.WORLD));
        List<ApiDescription.Operation> operations = new ArrayList<>();
        Map<String, Component> owners = new LinkedHashMap<>();
        for (Component service : SERVICES) {
            String document = new Api("http://localhost:" + RunningPlatform.port(service)).get("/v3/api-docs", null)
                    .body();
            ApiDescription.operations(service.name(), document).forEach(operation -> {
                operations.add(operation);
                owners.put(operation.service(), service);
            });
        }
        Map<String, Long> before = StoredRows.count(RunningPlatform.databases());
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();

        for (int n = 0; n < REQUESTS; n++) {
            if (n % 500 == 0) {
                CALLERS.forEach(caller -> tokens.put(caller, Keycloak.shared().tokenOf(caller)));
            }
            ApiDescription.Operation operation = operations.get(random.nextInt(operations.size()));
            boolean anonymous = random.nextInt(operation.path().startsWith("/public") ? 2 : 6) == 0;
            String caller = anonymous ? "anonymous" : CALLERS.get(random.nextInt(CALLERS.size()));
            Malformations.Probe probe = malformations.probe(operation, anonymous ? null : tokens.get(caller));
            if (probe == null) {
                continue;
            }
            boolean viaGateway = random.nextBoolean();
            int port = viaGateway ? RunningPlatform.PORTS.gateway()
                    : RunningPlatform.port(owners.get(operation.service()));
            RawHttp.Response response = send(port, probe);
            statuses.merge(response.status(), 1, Integer::sum);
            String where = "#" + n + " " + operation + " as " + caller + (viaGateway ? " via gateway" : " direct")
                    + ", " + probe.what();
            if (response.status() < 400 || response.status() >= 500) {
                failures.add(where + ": " + response.status() + " " + Malformations.shown(response.body()));
            } else if (!response.contentType().startsWith("application/problem+json")) {
                failures.add(where + ": " + response.status() + " as " + response.contentType());
            }
        }
        List<String> stored = StoredRows.changed(before, StoredRows.count(RunningPlatform.databases()));

        System.out.printf("[edges] %d operations, statuses %s, %d failures%n", operations.size(), statuses,
                failures.size());
        failures.stream().limit(40).forEach(failure -> System.out.println("[edges] " + failure));
        assertThat(operations).as("operations read from the OpenAPI documents").hasSizeGreaterThan(40);
        assertThat(failures).as("requests not refused with a 4xx problem detail (seed " + SEED + ")").isEmpty();
        assertThat(stored).as("tables changed by refused requests").isEmpty();
    }

    /** The portal's public forms, form-encoded: never a server error, and nothing stored. */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void thePortalsPublicFormsRefuseMalformedAnswersWithoutServerErrors() throws Exception {
        Random random = new Random(SEED + 1);
        PortalForms forms = new PortalForms(random);
        String meeting = JourneyIT.WORLD.getOrDefault("meeting", UUID.randomUUID().toString());
        String link = new Api(RunningPlatform.gateway()).get("/api/knowledge/meetings/"
                + JourneyIT.WORLD.get("heldMeeting") + "/feedback-form", facilitator)
                .json().get("url").asString();
        String token = link.substring(link.lastIndexOf('/') + 1);
        Matcher session = Pattern.compile("name=\"session\" value=\"([^\"]+)\"")
                .matcher(new Api(RunningPlatform.gateway()).getAccepting("/tilbakemelding/" + token, "text/html")
                        .body());
        String feedbackSession = session.find() ? session.group(1) : "ingen";
        Map<String, Long> before = StoredRows.count(RunningPlatform.databases());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (StoredRows.Answers answers = new StoredRows.Answers(RunningPlatform.databases())) {
            explorePortalForms(random, forms, meeting, token, feedbackSession, answers, statuses, failures);
        }
        List<String> stored = StoredRows.changed(before, StoredRows.count(RunningPlatform.databases()));

        System.out.printf("[edges] portal forms: %d posts, statuses %s, %d failures%n", FORM_REQUESTS, statuses,
                failures.size());
        failures.stream().limit(40).forEach(failure -> System.out.println("[edges] " + failure));
        assertThat(failures).as("portal form posts answered with a server error (seed " + SEED + ")").isEmpty();
        assertThat(stored).as("tables changed by refused form posts").isEmpty();
    }

    /** Posts {@link #FORM_REQUESTS} generated form answers, noting each status and each post that stored something. */
    private static void explorePortalForms(Random random, PortalForms forms, String meeting, String token,
            String feedbackSession, StoredRows.Answers answers, Map<Integer, Integer> statuses, List<String> failures) {
        long answered = answers.count();
        for (int n = 0; n < FORM_REQUESTS; n++) {
            boolean viaGateway = random.nextInt(5) == 0; // the gateway limits public forms per client: mostly direct
            int port = viaGateway ? RunningPlatform.PORTS.gateway() : RunningPlatform.port(Component.PORTAL);
            RawHttp.Response response;
            String what;
            int form = random.nextInt(10);
            if (form < 2) {
                String path = forms.listing();
                what = "GET " + Malformations.shown(path);
                response = RawHttp.send(port, RawHttp.head("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                        + "\r\nAccept: text/html"), new byte[0]);
            } else {
                PortalForms.Post post = form < 6 ? forms.registration(meeting)
                        : form < 9 ? forms.feedback(token, feedbackSession)
                        : forms.manage(random.nextBoolean() ? "avmelding" : "sletting");
                what = "POST " + post.path() + ", " + post.what();
                String head = "POST " + post.path() + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html"
                        + (post.contentType().isEmpty() ? "" : "\r\nContent-Type: " + post.contentType())
                        + "\r\nContent-Length: " + post.body().length;
                response = RawHttp.send(port, RawHttp.head(head), post.body());
            }
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() < 200 || response.status() >= 500) {
                failures.add("#" + n + (viaGateway ? " via gateway " : " direct ") + what + ": " + response.status());
            }
            long now = answers.count();
            if (now != answered) {
                failures.add("#" + n + (viaGateway ? " via gateway " : " direct ") + what + ": stored ("
                        + response.status() + ")");
                answered = now;
            }
        }

    }

    static RawHttp.Response send(int port, Malformations.Probe probe) {
        StringBuilder head = new StringBuilder(probe.method()).append(' ').append(probe.target())
                .append(" HTTP/1.1\r\nHost: localhost:").append(port);
        probe.headers().forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        byte[] body = probe.body() == null ? new byte[0] : probe.body();
        if ("chunked".equals(probe.headers().get("Transfer-Encoding"))) {
            body = RawHttp.chunked(body);
        } else if (probe.body() != null || !probe.method().equals("GET")) {
            head.append("\r\nContent-Length: ").append(body.length);
        }
        return RawHttp.send(port, head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }
}
