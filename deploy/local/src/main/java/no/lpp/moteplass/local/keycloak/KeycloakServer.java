package no.lpp.moteplass.local.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.lpp.moteplass.local.MissingInfrastructure;

/**
 * Keycloak 26 from its distribution ({@link KeycloakDistribution}) as a process of its own: {@code kc.sh start-dev}
 * with realm {@code moteplass} imported and the login theme installed, ready once its health check and the realm's
 * OpenID configuration answer. Who started it is written down per port (a pid file), so any JVM can stop it.
 *
 * <p>Two uses: the local platform starts one with a persistent database and stops it on Ctrl-C
 * ({@link #startLocal}); the build's tests share one with its database in memory ({@link #shared}).
 */
public final class KeycloakServer {

    public static final String REALM = "moteplass";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final String LOG = "keycloak.log";
    /** The build's tests: a database in memory, so every start begins from the realm files. */
    private static final List<String> SHARED_OPTIONS = List.of("--db=dev-mem");

    private final int httpPort;
    private final int managementPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A handle on the Keycloak on these ports, running or not. */
    public KeycloakServer(int httpPort, int managementPort) {
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /**
     * Starts a Keycloak for the local platform (persistent database given by {@code options}) and returns it once
     * ready; the caller stops it with {@link #stop}. Its log goes to {@code logDir}.
     */
    public static KeycloakServer startLocal(Path logDir, int httpPort, int managementPort, List<String> options,
            Map<String, String> environment) {
        KeycloakServer keycloak = new KeycloakServer(httpPort, managementPort);
        if (keycloak.isReady()) {
            throw new MissingInfrastructure("Something already answers on Keycloak's management port " + managementPort,
                    "stop the other Keycloak (a previous run of the local platform?) and start again.", null);
        }
        keycloak.start(logDir, options, environment);
        return keycloak;
    }

    /**
     * The Keycloak shared by every JVM of a build (and by builds of other checkouts on the same ports): started with
     * its database in memory unless one already answers or is starting ({@link #startShared}), so each start begins
     * from the realm files. This JVM renews its lease while it lives; a watchdog stops Keycloak once no JVM has
     * renewed it for five minutes.
     */
    public static KeycloakServer shared(int httpPort, int managementPort) {
        KeycloakServer keycloak = new KeycloakServer(httpPort, managementPort);
        Path stateDir = stateDirFor(httpPort);
        if (!keycloak.isReady()) {
            ProcessHandle process = starting(httpPort)
                    .orElseGet(() -> keycloak.launch(stateDir, SHARED_OPTIONS, Map.of()).toHandle());
            keycloak.awaitReady(process, stateDir.resolve(LOG));
        }
        KeycloakLease.keep(stateDir.resolve("lease"), pidFileFor(httpPort));
        return keycloak;
    }

    /**
     * Starts the build's shared Keycloak and returns at once, unless it answers or is starting already: its first
     * start takes most of a minute, which the build spends on other modules instead (test-support's
     * {@code KeycloakEarly}). The JVM that needs it then waits in {@link #shared}.
     */
    public static void startShared(int httpPort, int managementPort) {
        KeycloakServer keycloak = new KeycloakServer(httpPort, managementPort);
        Path stateDir = stateDirFor(httpPort);
        if (!keycloak.isReady() && starting(httpPort).isEmpty()) {
            keycloak.launch(stateDir, SHARED_OPTIONS, Map.of());
            KeycloakLease.keep(stateDir.resolve("lease"), pidFileFor(httpPort));
        }
    }

    /** The Keycloak process the pid file names, if it still runs (not some other process that got its number). */
    private static Optional<ProcessHandle> starting(int httpPort) {
        try {
            Path pidFile = pidFileFor(httpPort);
            return Files.exists(pidFile)
                    ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive)
                            .filter(p -> p.info().commandLine().orElse("").contains("keycloak"))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public String realmIssuer() {
        return issuer(httpPort);
    }

    /** The realm's issuer on this port, known before Keycloak is up (the components need it only to check tokens). */
    public static String issuer(int httpPort) {
        return "http://localhost:" + httpPort + "/realms/" + REALM;
    }

    /** Stops the Keycloak on this handle's port, whoever started it. */
    public void stop() {
        Path pidFile = pidFileFor(httpPort);
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).ifPresent(KeycloakServer::terminate);
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Could not stop Keycloak", e);
        }
    }

    /** Ready means the server is up and our realm is imported. */
    public boolean isReady() {
        return answers200("http://localhost:" + managementPort + "/health/ready")
                && answers200(realmIssuer() + "/.well-known/openid-configuration");
    }

    private void start(Path logDir, List<String> options, Map<String, String> environment) {
        awaitReady(launch(logDir, options, environment).toHandle(), logDir.resolve(LOG));
    }

    /** Starts kc.sh, its output in {@code logDir}, and writes down its pid; does not wait for it. */
    private Process launch(Path logDir, List<String> options, Map<String, String> environment) {
        Path home = KeycloakDistribution.home();
        try {
            Files.createDirectories(logDir);
            KeycloakDistribution.prepare(home);
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--import-realm"));
            command.addAll(options);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logDir.resolve(LOG).toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            // The realm files name Keycloak's own address (the brokered login), which depends on the port.
            builder.environment().put("MOTEPLASS_KEYCLOAK_URL", baseUrl());
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFileFor(httpPort), Long.toString(process.pid()));
            return process;
        } catch (IOException e) {
            throw new MissingInfrastructure("Keycloak could not be started from " + home + ": " + e.getMessage(),
                    "see the log in " + logDir + ".", e);
        }
    }

    private void awaitReady(ProcessHandle process, Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new MissingInfrastructure("Keycloak exited while starting",
                        "read " + log + "; a port in use (" + httpPort + ", " + managementPort + ") is the usual cause.",
                        null);
            }
            if (isReady()) {
                return;
            }
            try {
                Thread.sleep(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        terminate(process);
        throw new MissingInfrastructure("Keycloak did not become ready within " + START_TIMEOUT,
                "read " + log + " for the reason.", null);
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

    /** kc.sh starts Keycloak's JVM as its child: both get SIGTERM, and SIGKILL if they have not ended in 30 s. */
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
     * Bookkeeping lives per port and machine, not per checkout: whichever checkout's build uses the Keycloak on that
     * port renews the same lease and may stop it.
     */
    private static Path stateDirFor(int httpPort) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "moteplass-keycloak-" + httpPort);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
