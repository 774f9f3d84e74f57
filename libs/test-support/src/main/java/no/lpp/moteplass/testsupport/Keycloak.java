package no.lpp.moteplass.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.lpp.moteplass.local.Settings;
import no.lpp.moteplass.local.keycloak.KeycloakServer;
import no.lpp.moteplass.local.platform.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build's Keycloak as tests use it: realm {@code moteplass} with its demo users and clients, tokens for them, and
 * the realm's admin API. The process itself is the launcher's ({@link KeycloakServer#shared}, deploy/local).
 *
 * <p>Started once per build and shared, on ports 18180/19000 (so it never clashes with a running local platform on
 * 8180): this module's own tests start it without waiting ({@code KeycloakEarly}), else the first test JVM that needs
 * it does; later JVMs find it ready or starting and wait for it; a lease keeps it alive while they run, and the e2e
 * module, which runs last, stops it explicitly. The database is in memory, so each start begins from the realm file.
 */
public final class Keycloak {

    public static final String REALM = KeycloakServer.REALM;
    /** Demo/dev client with direct access grants for the demo users (see deploy/keycloak). */
    public static final String DEV_CLIENT = "moteplass-dev";
    public static final String DEMO_PASSWORD = "demo";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REUSE_MARGIN = Duration.ofMinutes(1);
    private static Keycloak shared;

    private final KeycloakServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private Keycloak(KeycloakServer server) {
        this.server = server;
    }

    /** The issuer services must trust in tests; known before Keycloak has started, so contexts can start first. */
    public static String issuerUri() {
        return "http://localhost:" + testHttpPort() + "/realms/" + REALM;
    }

    /** The build's shared Keycloak, started if no JVM of this build has started it yet. */
    public static synchronized Keycloak shared() {
        if (shared == null) {
            shared = new Keycloak(KeycloakServer.shared(testHttpPort(), testManagementPort()));
        }
        return shared;
    }

    /** Starts the build's shared Keycloak unless it runs or is starting, and returns at once. */
    public static void startShared() {
        KeycloakServer.startShared(testHttpPort(), testManagementPort());
    }

    private static int testHttpPort() {
        return Integer.parseInt(Settings.get("MOTEPLASS_TEST_KEYCLOAK_PORT", String.valueOf(Ports.TESTS.keycloak())));
    }

    private static int testManagementPort() {
        return Integer.parseInt(Settings.get("MOTEPLASS_TEST_KEYCLOAK_MANAGEMENT_PORT",
                String.valueOf(Ports.TESTS.keycloakManagement())));
    }

    /** An access token for a demo user (all demo users have password "demo"). */
    public String token(String username) {
        return tokenFor(Map.of("grant_type", "password", "client_id", DEV_CLIENT, "username", username,
                "password", DEMO_PASSWORD));
    }

    /** The demo hospital intranet's client (client credentials, role {@code integration}, organisation demo-hf). */
    public static final String DEMO_INTRANET = "demo-hf-intranet";

    /** A token for a demo identity: a demo user by name, or an intranet client ({@code demo-*-intranet}). */
    public String tokenOf(String identity) {
        return identity.endsWith("-intranet") ? clientToken(identity, "demo-intranet-secret") : token(identity);
    }

    /** An access token for a confidential client through the client-credentials grant. */
    public String clientToken(String clientId, String secret) {
        return tokenFor(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public String realmIssuer() {
        return server.realmIssuer();
    }

    /** Stops the build's shared Keycloak if it is running; the last module of the build calls this. */
    public static synchronized void stopShared() {
        new KeycloakServer(testHttpPort(), 0).stop();
        shared = null;
    }

    /** A token from another client of the realm, e.g. one made for a test with a very short token lifespan. */
    public String token(String clientId, String username) {
        return tokenFor(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", DEMO_PASSWORD));
    }

    /** An admin token from the master realm: also a token of a foreign issuer, as far as MØTEPLASS is concerned. */
    public String masterAdminToken() {
        return tokenFor("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin"));
    }

    /** Calls the admin REST API of the MØTEPLASS realm ({@code path} below {@code /admin/realms/moteplass}). */
    public HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + masterAdminToken())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak admin API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rotates the realm's signing key: a new RSA key with a higher priority signs every token from now on, while the
     * old one still verifies tokens already issued.
     */
    public void rotateSigningKey() {
        String realmId = JSON.readTree(admin("GET", "", null).body()).get("id").asString();
        String component = JSON.writeValueAsString(Map.of("name", "rotated-" + System.currentTimeMillis(),
                "providerId", "rsa-generated", "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of(String.valueOf(System.currentTimeMillis())),
                        "enabled", List.of("true"), "active", List.of("true"), "algorithm", List.of("RS256"))));
        HttpResponse<String> created = admin("POST", "/components", component);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused the new key (" + created.statusCode() + "): "
                    + created.body());
        }
        tokens.clear(); // the next token of each identity is signed with the new key
    }

    private String tokenFor(Map<String, String> form) {
        return tokenFor(REALM, form);
    }

    /**
     * A token is asked for once per identity and reused while it has more than a minute left: every password grant
     * costs Keycloak a password hash, and the access tests ask for hundreds. Each is a real token from the realm.
     */
    private String tokenFor(String realm, Map<String, String> form) {
        String key = realm + new TreeMap<>(form);
        Token cached = tokens.get(key);
        if (cached != null && cached.reusableUntil().isAfter(Instant.now())) {
            return cached.value();
        }
        Token token = requestToken(realm, form);
        tokens.put(key, token);
        return token.value();
    }

    private record Token(String value, Instant reusableUntil) {
    }

    private Token requestToken(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return new Token(json.get("access_token").asString(),
                    Instant.now().plusSeconds(json.get("expires_in").asLong() - REUSE_MARGIN.toSeconds()));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
