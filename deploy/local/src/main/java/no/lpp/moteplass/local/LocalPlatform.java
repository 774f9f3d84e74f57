package no.lpp.moteplass.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.lpp.moteplass.local.keycloak.KeycloakServer;
import no.lpp.moteplass.local.mail.MailCatcher;
import no.lpp.moteplass.local.platform.Component;
import no.lpp.moteplass.local.platform.Directories;
import no.lpp.moteplass.local.platform.Environment;
import no.lpp.moteplass.local.platform.KafkaBroker;
import no.lpp.moteplass.local.platform.Platform;
import no.lpp.moteplass.local.platform.Ports;
import no.lpp.moteplass.local.platform.PostgresServer;
import no.lpp.moteplass.local.platform.Zipkin;

/**
 * Starts the whole platform on this machine and keeps it running until Ctrl-C.
 *
 * <p>Data is kept between runs in the local PostgreSQL: one database per service plus one for Keycloak (so users and
 * sessions survive too). Kafka is a real broker process on localhost:9092 with its data in {@code .local/kafka}, so
 * topics, compacted state and consumer offsets survive restarts as well. {@code -Dmoteplass.reset=true} drops the
 * databases and Kafka's data first. A demo register
 * (organisations and agreements) is loaded into an empty database unless {@code -Dmoteplass.demo-data=false}.
 */
public final class LocalPlatform {

    /** Keycloak's own database, next to the components' (compose creates the same one). */
    public static final String KEYCLOAK_DATABASE = "moteplass_keycloak";

    private static final Ports PORTS = Ports.LOCAL;

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path root = Path.of(System.getProperty("moteplass.root", ".")).toAbsolutePath().normalize();
        Path logs = Files.createDirectories(root.resolve(".local/logs"));
        List<AutoCloseable> running = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(running), "local-platform-shutdown"));

        step("checking that the ports are free");
        List<Integer> ports = new ArrayList<>(List.of(PORTS.kafka(), PORTS.kafkaController(), PORTS.keycloak(),
                PORTS.keycloakManagement(), PORTS.smtp(), Ports.MAIL_WEB, PORTS.zipkin()));
        Component.ALL.forEach(component -> ports.add(PORTS.of(component)));
        requireFree(ports);

        if (!listening(Ports.REDIS)) {
            step("note: Redis is not running on port " + Ports.REDIS + "; the gateway lets public forms through"
                    + " without rate limits until it is");
        }

        step("preparing databases in the local PostgreSQL");
        PostgresServer postgres = PostgresServer.local();
        List<String> databases = new ArrayList<>(List.of(KEYCLOAK_DATABASE));
        Component.ALL.stream().map(Component::database).filter(java.util.Objects::nonNull).forEach(databases::add);
        if (Boolean.getBoolean("moteplass.reset")) {
            step("resetting: dropping " + String.join(", ", databases));
            databases.forEach(postgres::dropDatabase);
        }
        databases.forEach(postgres::ensureDatabase);

        Path kafkaData = root.resolve(".local/kafka");
        if (Boolean.getBoolean("moteplass.reset")) {
            Directories.delete(kafkaData);
        }
        // Keycloak takes longest and nothing waits for it to start (the components fetch its keys when the first token
        // arrives), so it starts first and the rest start beside it; the platform is ready when all of it is.
        step("starting Keycloak on port " + PORTS.keycloak() + " (log in .local/logs/keycloak.log)");
        ExecutorService beside = Executors.newVirtualThreadPerTaskExecutor(); // not the common pool: one thread on two cores
        CompletableFuture<KeycloakServer> keycloakStarting = CompletableFuture.supplyAsync(() -> {
            KeycloakServer keycloak = KeycloakServer.startLocal(logs, PORTS.keycloak(), PORTS.keycloakManagement(),
                    List.of("--db=postgres", "--db-url=" + postgres.urlOf(KEYCLOAK_DATABASE),
                            "--db-username=" + postgres.user(), "--db-password=" + postgres.password()),
                    // C1 only, as the components run, unless told otherwise: Keycloak's start (start-dev builds, then
                    // boots) is mostly JIT work, and it is the last to be ready. The platform was ready in 55-71 s
                    // with it, 75-88 s without (deploy/README.md, "Start-up and memory").
                    Map.of("JAVA_OPTS_APPEND", System.getenv().getOrDefault("JAVA_OPTS_APPEND",
                            "-XX:TieredStopAtLevel=1")));
            step("Keycloak is ready at " + keycloak.baseUrl());
            return keycloak;
        }, beside);
        running.add(() -> new KeycloakServer(PORTS.keycloak(), PORTS.keycloakManagement()).stop());
        step("starting Zipkin on port " + PORTS.zipkin() + " (traces in memory; log in .local/logs/zipkin.log)");
        var zipkinStarting = CompletableFuture.supplyAsync(
                () -> Zipkin.start(PORTS.zipkin(), logs.resolve("zipkin.log")), beside);
        step("starting Kafka on port " + PORTS.kafka() + " (its data in .local/kafka; log in .local/logs/kafka.log)");
        KafkaBroker kafka = KafkaBroker.start(kafkaData, PORTS.kafka(), PORTS.kafkaController(),
                logs.resolve("kafka.log"));
        running.add(kafka);
        Zipkin zipkin = zipkinStarting.join();
        running.add(zipkin);

        step("starting the mail catcher: SMTP on port " + PORTS.smtp() + ", read the emails at http://localhost:"
                + Ports.MAIL_WEB);
        running.add(MailCatcher.start(PORTS.smtp(), Ports.MAIL_WEB));

        Map<String, String> environment = Environment.shared(PORTS, kafka.bootstrapServers(),
                KeycloakServer.issuer(PORTS.keycloak()),
                postgres.user(), postgres.password(), zipkin.spansEndpoint());
        environment.put(Environment.DEMO_DATA, System.getProperty("moteplass.demo-data", "true"));
        environment.put(Environment.TRACE_EXPORT_DELAY, "1s");
        Platform platform = new Platform(root, PORTS.gateway(), component -> postgres.urlOf(component.database()),
                environment, logs, true);
        running.add(platform.start(LocalPlatform::step));
        KeycloakServer keycloak = keycloakStarting.join();

        printWelcome(keycloak, Duration.between(started, Instant.now()));
        new CountDownLatch(1).await(); // until Ctrl-C runs the shutdown hook
    }

    private static void requireFree(List<Integer> ports) {
        for (int port : ports) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " is in use. Is the platform (or another Kafka,"
                        + " Keycloak or service) already running? Stop it and try again.");
            }
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stopAll(List<AutoCloseable> running) {
        step("stopping");
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                System.err.println("  (while stopping: " + e + ")");
            }
        }
        step("stopped");
    }

    private static void step(String message) {
        System.out.println("[møteplass] " + message);
        System.out.flush();
    }

    private static void printWelcome(KeycloakServer keycloak, Duration took) {
        String token = "curl -s -d grant_type=password -d client_id=moteplass-dev -d username=demo-lpp-admin"
                + " -d password=demo " + keycloak.realmIssuer() + "/protocol/openid-connect/token";
        System.out.printf("""

                ================================================================================
                 Pårørende MØTEPLASS is running (started in %d s). Ctrl-C stops everything.

                 Portal            http://localhost:8080/  (find a meeting and register, in Norwegian)
                 Gateway           http://localhost:8080   (/api/**, /public/**, the portal's pages)
                 partnership       http://localhost:8081   team http://localhost:8082
                 meeting           http://localhost:8083   knowledge http://localhost:8084
                 portal            http://localhost:8085
                 Keycloak          %s/admin   (admin / admin)
                 Kafka             localhost:%d
                 Traces            http://localhost:9411/zipkin/  (Zipkin; X-Correlation-Id is the trace id)
                 Emails            http://localhost:8025   (the mail catcher: nothing leaves this machine)
                 Logs              .local/logs/

                 Demo users (password "demo"): demo-lpp-admin, demo-lpp-trainer,
                   demo-coordinator-hf, demo-facilitator-hf, demo-coordinator-kommune,
                   demo-facilitator-kommune
                 Intranet client:  demo-hf-intranet / demo-intranet-secret (client credentials)

                 Try it:
                   TOKEN=$(%s | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                   curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                     -d '{"name":"Demo DPS","type":"DPS","region":"VEST"}' localhost:8080/api/partnerships/organizations
                   curl -H "Authorization: Bearer $TOKEN" localhost:8080/api/teams/organizations
                   curl -H "Authorization: Bearer $TOKEN" "localhost:8080/api/partnerships/agreements?expiringWithinDays=90"
                   curl localhost:8080/public/meetings        (no login: what relatives see)
                ================================================================================
                """, took.toSeconds(), keycloak.baseUrl(), PORTS.kafka(), token);
    }
}
