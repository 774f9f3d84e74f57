package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

/**
 * Two organisations side by side — the journey's health trust and a municipality built here — and every identity of
 * each tries the other's items: the composition rules of docs/access-model.md row by row, then every operation of
 * every OpenAPI document by id, then every list with every filter. Nothing of one organisation may reach the other.
 */
@ExtendWith(RunningPlatform.class)
@Order(11) // after the journeys (the health trust's world) and the edge exploration
class OwnershipExplorationIT {

    static final List<String> HF = List.of("demo-coordinator-hf", "demo-facilitator-hf", "demo-hf-intranet");
    static final List<String> KOMMUNE = List.of("demo-coordinator-kommune", "demo-facilitator-kommune",
            "demo-kommune-intranet");
    /** Items private to their organisation: ids of these must not appear in the other's answers. */
    static final List<String> PRIVATE = List.of("agreement", "person", "meeting", "followUp", "participant");
    /** Shared with all staff by design (docs/access-model.md): the directory of organisations, to address insights. */
    static final Set<String> SHARED = Set.of("GET /api/teams/organizations/{id}");
    private static final Pattern ROW = Pattern.compile(
            "^\\| [^|]+ \\| `(GET|POST|PUT|DELETE) (\\S+)(?: (\\{.*}))?` \\| ([a-z-]+) \\| (\\d{3}) \\|$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w.]+)}");

    static final Map<String, String> KOMMUNE_WORLD = new HashMap<>();
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    static String session;

    final Api gateway = new Api(RunningPlatform.gateway());

    @BeforeAll
    static void buildTheMunicipalitysWorld() {
        if (!KOMMUNE_WORLD.isEmpty()) {
            return;
        }
        Api gateway = new Api(RunningPlatform.gateway());
        String admin = Keycloak.shared().token("demo-lpp-admin");
        String coordinator = Keycloak.shared().token("demo-coordinator-kommune");
        String lpp = gateway.get("/api/partnerships/organizations?type=LPP_NATIONAL", admin).json().get("items").get(0)
                .get("id").asString();
        String kommune = created(gateway.post("/api/partnerships/organizations", admin, Api.json(Map.of(
                "name", "Demo kommune", "type", "MUNICIPALITY", "municipalityNumber", "1506", "region", "MIDT",
                "identityAlias", "demo-kommune"))));
        String agreement = created(gateway.post("/api/partnerships/agreements", admin, Api.json(Map.of(
                "title", "MØTEPLASS Demo kommune", "startsOn", LocalDate.now().toString(),
                "endsOn", LocalDate.now().plusYears(2).toString(),
                "parties", List.of(Map.of("organizationId", lpp, "role", "LPP"),
                        Map.of("organizationId", kommune, "role", "PARTNER"))))));
        for (String[] party : new String[][] {{lpp, admin}, {kommune, coordinator}}) {
            assertThat(gateway.post("/api/partnerships/agreements/" + agreement + "/signatures", party[1],
                    Api.json(Map.of("organizationId", party[0]))).status()).isEqualTo(200);
        }
        String team = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.post("/api/teams/teams", coordinator, Api.json(Map.of("name", "MØTEPLASS Molde",
                        "locality", "Molde", "hostOrganizationIds", List.of(kommune)))), r -> r.status() == 201)
                .json().get("id").asString();
        // The first professional logs in as demo-facilitator-kommune (fixed id in deploy/keycloak).
        String first = created(gateway.post("/api/teams/persons", coordinator, Api.json(Map.of("name",
                "Fagperson Molde", "organizationId", kommune, "userId", "00000000-0000-4000-8000-00000000c002"))));
        String second = created(gateway.post("/api/teams/persons", coordinator, Api.json(Map.of("name",
                "Fagperson Molde To", "organizationId", kommune))));
        for (String person : List.of(first, second)) {
            String etag = gateway.get("/api/teams/teams/" + team, coordinator).header("ETag").orElseThrow();
            assertThat(gateway.postWithIfMatch("/api/teams/teams/" + team + "/members", coordinator, etag,
                    Api.json(Map.of("personId", person, "kind", "PROFESSIONAL"))).status()).isEqualTo(200);
        }
        Map<String, Object> plan = Map.of("teamId", team, "themeId", "5e000000-0000-4000-8000-000000000002",
                "title", "Åpenhet", "venueName", "Molde rådhus", "date", LocalDate.now().plusDays(30).toString(),
                "startTime", "18:00", "facilitatorIds", List.of(first, second), "capacity", 20);
        String meeting = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.post("/api/meetings/meetings", coordinator, Api.json(plan)),
                        r -> r.status() == 201).json().get("meeting").get("id").asString();
        session = created(gateway.post("/api/teams/sessions", Keycloak.shared().token("demo-lpp-trainer"),
                Api.json(Map.of("courseTypeId", JourneyIT.BASIC, "startsAt", Instant.now().plusSeconds(86_400 * 20)
                        .toString(), "place", "LPP, Oslo", "trainer", "Demo Kursholder", "capacity", 30))));
        KOMMUNE_WORLD.putAll(Map.of("organization", kommune, "agreement", agreement, "team", team, "person", first,
                "second", second, "meeting", meeting));
    }

    /** Every row of the composition table in docs/access-model.md. */
    @Test
    void everyCompositionRuleHolds() throws IOException {
        List<String> broken = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(Path.of(System.getProperty("moteplass.root"), "docs/access-model.md"))) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            rows++;
            String path = fill(row.group(2));
            String body = row.group(3) == null ? null : fill(row.group(3));
            int expected = Integer.parseInt(row.group(5));
            RawHttp.Response response = send(row.group(1), path, body, tokenOf(row.group(4)),
                    currentVersion(path));
            if (response.status() != expected) {
                broken.add(row.group(4) + " " + row.group(1) + " " + row.group(2) + ": expected " + expected + ", got "
                        + response.status() + " " + Malformations.shown(response.body()));
            }
        }
        assertThat(rows).as("composition rows read from docs/access-model.md").isGreaterThanOrEqualTo(10);
        assertThat(broken).as("composition rules that do not hold").isEmpty();
    }

    /**
     * Every operation with an item in its path, as every identity of one organisation, on the other's items: refused
     * (403 or 404; a 400 for a body the caller got wrong, or a 406 for a format not offered, is no way in either). A
     * write sends a stale version, so one that got past the access check would stop at 412 — and be reported.
     */
    @Test
    void noIdentityReachesTheOtherOrganisationsItemsById() {
        List<String> leaks = new ArrayList<>();
        int tried = 0;
        Random random = new Random(EdgeExplorationIT.SEED);
        for (ApiDescription.Operation operation : operations()) {
            if (operation.in("path").isEmpty() || operation.path().startsWith("/public")
                    || SHARED.contains(operation.toString())) {
                continue;
            }
            for (boolean hfCalls : new boolean[] {true, false}) {
                Map<String, String> theirs = hfCalls ? KOMMUNE_WORLD : JourneyIT.WORLD;
                ValidValues values = new ValidValues(random, theirs);
                Map<String, String> path = new HashMap<>();
                boolean theirItem = false;
                for (var parameter : operation.in("path")) {
                    String value = values.pathValue(operation.path(), parameter.getName(), parameter.getSchema());
                    theirItem |= theirs.containsValue(value);
                    path.put(parameter.getName(), value);
                }
                if (!theirItem) {
                    continue; // nothing of theirs in this path to try
                }
                String target = operation.path();
                for (var entry : path.entrySet()) {
                    target = target.replace("{" + entry.getKey() + "}", entry.getValue());
                }
                String body = operation.body() == null ? null : Api.json(values.object(operation.body()));
                for (String identity : hfCalls ? HF : KOMMUNE) {
                    tried++;
                    RawHttp.Response response = send(operation.method(), target, body,
                            tokenOf(identity),
                            operation.in("header").isEmpty() ? null : "\"999999\"");
                    if (!Set.of(400, 403, 404, 405, 406, 415).contains(response.status())) {
                        leaks.add(identity + " " + operation + " on " + target + ": " + response.status() + " "
                                + Malformations.shown(response.body()));
                    }
                }
            }
        }
        System.out.printf("[ownership] %d requests on the other organisation's items, %d got through%n", tried,
                leaks.size());
        leaks.stream().limit(40).forEach(leak -> System.out.println("[ownership] " + leak));
        assertThat(tried).isGreaterThan(50);
        assertThat(leaks).as("requests that reached the other organisation's items").isEmpty();
    }

    /** Every list, with each of its filters set to the other organisation's items and with none. */
    @Test
    void noListShowsTheOtherOrganisationsItemsWhateverTheFilter() {
        List<String> leaks = new ArrayList<>();
        int tried = 0;
        for (ApiDescription.Operation operation : operations()) {
            if (!operation.method().equals("GET") || !operation.in("path").isEmpty()
                    || operation.path().startsWith("/public")) {
                continue;
            }
            for (boolean hfCalls : new boolean[] {true, false}) {
                Map<String, String> theirs = hfCalls ? KOMMUNE_WORLD : JourneyIT.WORLD;
                List<String> filters = new ArrayList<>(List.of("size=200"));
                for (var parameter : operation.in("query")) {
                    String key = parameter.getName().replace("Id", "");
                    if (theirs.containsKey(key)) {
                        filters.add("size=200&" + parameter.getName() + "=" + theirs.get(key));
                    }
                }
                for (String identity : hfCalls ? HF : KOMMUNE) {
                    for (String filter : filters) {
                        tried++;
                        RawHttp.Response response = send("GET", operation.path() + "?" + filter, null,
                                tokenOf(identity), null);
                        for (String item : PRIVATE) {
                            if (theirs.containsKey(item) && response.body().contains(theirs.get(item))) {
                                leaks.add(identity + " GET " + operation.path() + "?" + filter + " shows their "
                                        + item);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("[ownership] %d list requests, %d showed the other organisation's items%n", tried,
                leaks.size());
        leaks.forEach(leak -> System.out.println("[ownership] " + leak));
        assertThat(tried).isGreaterThan(20);
        assertThat(leaks).as("lists that showed the other organisation's items").isEmpty();
    }

    /** One token per identity for the whole exploration (minutes, well within a token's life), not one per request. */
    private static String tokenOf(String identity) {
        return TOKENS.computeIfAbsent(identity, Keycloak.shared()::tokenOf);
    }

    private static List<ApiDescription.Operation> operations() {
        List<ApiDescription.Operation> operations = new ArrayList<>();
        for (Component service : List.of(Component.PARTNERSHIP, Component.TEAM, Component.MEETING,
                Component.KNOWLEDGE)) {
            operations.addAll(ApiDescription.operations(service.name(), new Api("http://localhost:"
                    + RunningPlatform.port(service)).get("/v3/api-docs", null).body()));
        }
        return operations;
    }

    /** The current version of the item a path is about, so a refusal is the rule's and not a stale version's. */
    private String currentVersion(String path) {
        Matcher item = Pattern.compile("^(/api/[a-z-]+/[a-z-]+/[0-9a-f-]{36})").matcher(path);
        if (!item.find()) {
            return null;
        }
        return gateway.get(item.group(1), tokenOf("demo-lpp-admin")).header("ETag").orElse(null);
    }

    private RawHttp.Response send(String method, String path, String body, String token, String ifMatch) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json"
                + "\r\nAuthorization: Bearer " + token + (ifMatch == null ? "" : "\r\nIf-Match: " + ifMatch)
                + (body == null ? "" : "\r\nContent-Type: application/json") + "\r\nContent-Length: " + bytes.length;
        return RawHttp.send(RunningPlatform.PORTS.gateway(), RawHttp.head(head), bytes);
    }

    private static String fill(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = switch (name) {
                case "session" -> session;
                case "random" -> UUID.randomUUID().toString();
                case "date" -> LocalDate.now().plusDays(40).toString();
                default -> name.startsWith("hf.") ? JourneyIT.WORLD.get(name.substring(3))
                        : name.startsWith("kommune.") ? KOMMUNE_WORLD.get(name.substring(8)) : null;
            };
            placeholder.appendReplacement(filled,
                    Matcher.quoteReplacement(value == null ? placeholder.group() : value));
        }
        return placeholder.appendTail(filled).toString();
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
