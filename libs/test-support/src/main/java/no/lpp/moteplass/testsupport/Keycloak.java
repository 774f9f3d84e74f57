package no.lpp.moteplass.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak 26 from its distribution (unpacked by Maven into {@code target/keycloak}), with realm {@code moteplass}
 * imported from {@code deploy/keycloak/} and its login theme {@code moteplass} ({@code deploy/keycloak-theme}) installed.
 *
 * <p>Started once per build and shared: the first test JVM that needs it starts it as a separate process on ports
 * 18180/19000 (so it never clashes with a running local platform on 8180), later JVMs find it ready and reuse it.
 * Every JVM using it renews a lease file; a small watchdog stops Keycloak when the lease has not been renewed for five
 * minutes, and the e2e module, which runs last, stops it explicitly. The database is in memory, so each start begins
 * from the realm file.
 */
public final class Keycloak {

    public static final String REALM = "moteplass";
    /** Demo/dev client with direct access grants for the demo users (see deploy/keycloak). */
    public static final String DEV_CLIENT = "moteplass-dev";
    public static final String DEMO_PASSWORD = "demo";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** A file only the MØTEPLASS theme has: where it is on the classpath tells which jar or folder holds the theme. */
    private static final String THEME_FILE = "theme/moteplass/login/theme.properties";
    private static final String THEME_JAR = "moteplass-keycloak-theme.jar";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Keycloak shared;

    private final int httpPort;
    private final int managementPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Keycloak(int httpPort, int managementPort) {
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** The issuer services must trust in tests; known before Keycloak has started, so contexts can start first. */
    public static String issuerUri() {
        return "http://localhost:" + testHttpPort() + "/realms/" + REALM;
    }

    /** The build's shared Keycloak, started if no JVM of this build has started it yet. */
    public static synchronized Keycloak shared() {
        if (shared == null) {
            Keycloak keycloak = new Keycloak(testHttpPort(), Integer.parseInt(Settings.get("MOTEPLASS_TEST_KEYCLOAK_MANAGEMENT_PORT", "19000")));
            if (!keycloak.isReady()) {
                keycloak.start(keycloakHome(), testStateDir(), List.of("--db=dev-mem"), Map.of());
            }
            keycloak.keepLeased(testStateDir().resolve("lease"));
            shared = keycloak;
        }
        return shared;
    }

    private static int testHttpPort() {
        return Integer.parseInt(Settings.get("MOTEPLASS_TEST_KEYCLOAK_PORT", "18180"));
    }

    /**
     * Starts a Keycloak for the local platform (persistent database given by {@code options}) and returns it once
     * ready; the caller stops it with {@link #stop}.
     */
    public static Keycloak startLocal(Path stateDir, int httpPort, int managementPort, List<String> options,
            Map<String, String> environment) {
        Keycloak keycloak = new Keycloak(httpPort, managementPort);
        if (keycloak.isReady()) {
            throw new MissingInfrastructure("Something already answers on Keycloak's management port " + managementPort,
                    "stop the other Keycloak (a previous run of the local platform?) and start again.", null);
        }
        keycloak.start(keycloakHome(), stateDir, options, environment);
        return keycloak;
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
        return "http://localhost:" + httpPort;
    }

    public String realmIssuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** Stops the Keycloak this handle points to, whoever started it. */
    public void stop() {
        Path pidFile = pidFileFor(httpPort);
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).ifPresent(Keycloak::terminate);
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Could not stop Keycloak", e);
        }
    }

    /** Stops the build's shared Keycloak if it is running; the last module of the build calls this. */
    public static synchronized void stopShared() {
        new Keycloak(testHttpPort(), 0).stop();
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
    }

    private String tokenFor(Map<String, String> form) {
        return tokenFor(REALM, form);
    }

    private String tokenFor(String realm, Map<String, String> form) {
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
            return json.get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void start(Path home, Path stateDir, List<String> options, Map<String, String> environment) {
        Path kc = home.resolve("bin/kc.sh");
        Path realms = Settings.projectRoot().resolve("deploy/keycloak");
        try {
            Files.createDirectories(stateDir);
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            // The MØTEPLASS realm and the demo health trust's own directory it brokers logins from.
            try (var files = Files.list(realms)) {
                for (Path realm : files.filter(f -> f.getFileName().toString().endsWith("-realm.json")).toList()) {
                    Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            installTheme(home);
            Path log = stateDir.resolve("keycloak.log");
            var command = new java.util.ArrayList<>(List.of(kc.toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--import-realm"));
            command.addAll(options);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            // The realm files name Keycloak's own address (the brokered login), which depends on the port.
            builder.environment().put("MOTEPLASS_KEYCLOAK_URL", baseUrl());
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFileFor(httpPort), Long.toString(process.pid()));
            awaitReady(process, log);
        } catch (IOException e) {
            throw new MissingInfrastructure("Keycloak could not be started from " + home + ": " + e.getMessage(),
                    "see the log in " + stateDir + ".", e);
        }
    }

    /**
     * Puts the login theme from this classpath into the distribution: the theme jar into {@code providers/} (start-dev
     * rebuilds Keycloak with the providers it finds there at every start), or, when the classpath holds the theme as a
     * folder (an IDE's build output), that folder as {@code themes/moteplass}. Whichever was installed before is removed
     * first, so Keycloak never sees two themes of the same name or an old copy.
     */
    private static void installTheme(Path home) throws IOException {
        URL themeFile = Keycloak.class.getClassLoader().getResource(THEME_FILE);
        if (themeFile == null) {
            throw new MissingInfrastructure("The login theme (" + THEME_FILE + ") is not on the classpath",
                    "build it: ./mvnw install -DskipTests -pl deploy/keycloak-theme.", null);
        }
        Path jarTarget = home.resolve("providers").resolve(THEME_JAR);
        Path folderTarget = home.resolve("themes/moteplass");
        Files.deleteIfExists(jarTarget);
        deleteTree(folderTarget);
        try {
            String location = themeFile.toString();
            if (location.startsWith("jar:")) {
                Path jar = Path.of(new URI(location.substring("jar:".length(), location.indexOf("!/"))));
                Files.copy(jar, Files.createDirectories(jarTarget.getParent()).resolve(THEME_JAR));
            } else {
                copyTree(Path.of(themeFile.toURI()).getParent().getParent(), folderTarget);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unexpected classpath location " + themeFile, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.isSymbolicLink(root) || !Files.exists(root)) {
            Files.deleteIfExists(root);
            return;
        }
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private void awaitReady(Process process, Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new MissingInfrastructure("Keycloak exited with code " + process.exitValue() + " while starting",
                        "read " + log + "; a port in use (" + httpPort + ", " + managementPort + ") is the usual cause.",
                        null);
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        terminate(process.toHandle());
        throw new MissingInfrastructure("Keycloak did not become ready within " + START_TIMEOUT,
                "read " + log + " for the reason.", null);
    }

    /** Ready means the server is up and our realm is imported. */
    boolean isReady() {
        return answers200("http://localhost:" + managementPort + "/health/ready")
                && answers200(realmIssuer() + "/.well-known/openid-configuration");
    }

    private boolean answers200(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Renews the lease while this JVM lives; the watchdog stops Keycloak once no JVM has renewed it for a while. */
    private void keepLeased(Path lease) {
        renew(lease);
        startWatchdogOnce(lease);
        var renewer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("keycloak-lease").factory());
        renewer.scheduleAtFixedRate(() -> renew(lease), 10, 10, TimeUnit.SECONDS);
    }

    private void startWatchdogOnce(Path lease) {
        Path pidFile = pidFileFor(httpPort);
        Path watchdogPid = lease.resolveSibling("watchdog.pid");
        try {
            if (!Files.exists(pidFile)) {
                return; // started by someone else outside this harness: not ours to stop
            }
            if (Files.exists(watchdogPid)
                    && ProcessHandle.of(Long.parseLong(Files.readString(watchdogPid).trim())).map(ProcessHandle::isAlive).orElse(false)) {
                return;
            }
            String kcPid = Files.readString(pidFile).trim();
            String script = "while kill -0 " + kcPid + " 2>/dev/null; do "
                    + "age=$(( $(date +%s) - $(stat -c %Y '" + lease + "' 2>/dev/null || echo 0) )); "
                    + "if [ $age -gt 300 ]; then kill -TERM " + kcPid + "; rm -f '" + pidFile + "'; fi; sleep 5; done";
            Process watchdog = new ProcessBuilder("sh", "-c", script)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true)
                    .start();
            Files.writeString(watchdogPid, Long.toString(watchdog.pid()));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Could not start the Keycloak watchdog", e);
        }
    }

    private static void renew(Path lease) {
        try {
            if (!Files.exists(lease)) {
                Files.createFile(lease);
            }
            Files.setLastModifiedTime(lease, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a missed renewal is harmless: the next one comes in ten seconds
        }
    }

    private static void terminate(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Path pidFileFor(int httpPort) {
        return stateDirFor(httpPort).resolve("keycloak.pid");
    }

    /**
     * Bookkeeping for the shared test Keycloak lives per port and machine, not per checkout: whichever checkout's
     * build uses the Keycloak on that port renews the same lease and may stop it.
     */
    private static Path testStateDir() {
        return stateDirFor(testHttpPort());
    }

    private static Path stateDirFor(int httpPort) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "moteplass-keycloak-" + httpPort);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path keycloakHome() {
        Path home = Path.of(Settings.get("KEYCLOAK_HOME", System.getProperty("keycloak.home",
                Settings.projectRoot().resolve("target/keycloak/keycloak-26.7.3").toString())));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new MissingInfrastructure("The Keycloak distribution is not at " + home,
                    "run ./mvnw -pl libs/test-support generate-resources (it unpacks"
                            + " org.keycloak:keycloak-quarkus-dist:26.7.3 there), or set KEYCLOAK_HOME to an unpacked"
                            + " Keycloak 26.", null);
        }
        return home;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
