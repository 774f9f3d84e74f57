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
import java.util.concurrent.CountDownLatch;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.Postgres;
import no.lpp.moteplass.testsupport.platform.Component;
import no.lpp.moteplass.testsupport.platform.KafkaBroker;
import no.lpp.moteplass.testsupport.platform.Platform;
import no.lpp.moteplass.testsupport.platform.Zipkin;
import org.springframework.util.FileSystemUtils;

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

    static final int GATEWAY_PORT = 8080;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9000;
    static final String KEYCLOAK_DATABASE = "moteplass_keycloak";
    static final int SMTP_PORT = 1025;
    static final int REDIS_PORT = 6379;
    static final int MAIL_WEB_PORT = 8025;
    static final int ZIPKIN_PORT = 9411;

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path root = Path.of(System.getProperty("moteplass.root", ".")).toAbsolutePath().normalize();
        Path logs = Files.createDirectories(root.resolve(".local/logs"));
        List<AutoCloseable> running = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(running), "local-platform-shutdown"));

        step("checking that the ports are free");
        List<Integer> ports = new ArrayList<>(List.of(KAFKA_PORT, KAFKA_CONTROLLER_PORT, KEYCLOAK_PORT,
                KEYCLOAK_MANAGEMENT_PORT, SMTP_PORT, MAIL_WEB_PORT, ZIPKIN_PORT));
        Component.ALL.forEach(component -> ports.add(component.port(GATEWAY_PORT)));
        requireFree(ports);

        if (!listening(REDIS_PORT)) {
            step("note: Redis is not running on port " + REDIS_PORT + "; the gateway lets public forms through"
                    + " without rate limits until it is");
        }

        step("preparing databases in the local PostgreSQL");
        Postgres postgres = Postgres.local();
        List<String> databases = new ArrayList<>(List.of(KEYCLOAK_DATABASE));
        Component.ALL.stream().map(Component::database).filter(java.util.Objects::nonNull).forEach(databases::add);
        if (Boolean.getBoolean("moteplass.reset")) {
            step("resetting: dropping " + String.join(", ", databases));
            databases.forEach(postgres::dropDatabaseNamed);
        }
        databases.forEach(postgres::ensureDatabase);

        Path kafkaData = root.resolve(".local/kafka");
        if (Boolean.getBoolean("moteplass.reset")) {
            FileSystemUtils.deleteRecursively(kafkaData);
        }
        step("starting Zipkin on port " + ZIPKIN_PORT + " (traces in memory; log in .local/logs/zipkin.log)");
        var zipkinStarting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Zipkin.start(ZIPKIN_PORT, logs.resolve("zipkin.log")));
        step("starting Kafka on port " + KAFKA_PORT + " (its data in .local/kafka; log in .local/logs/kafka.log)");
        KafkaBroker kafka = KafkaBroker.start(kafkaData, KAFKA_PORT, KAFKA_CONTROLLER_PORT, logs.resolve("kafka.log"));
        running.add(kafka);
        Zipkin zipkin = zipkinStarting.join();
        running.add(zipkin);

        step("starting the mail catcher: SMTP on port " + SMTP_PORT + ", read the emails at http://localhost:"
                + MAIL_WEB_PORT);
        running.add(MailCatcher.start(SMTP_PORT, MAIL_WEB_PORT));

        step("starting Keycloak on port " + KEYCLOAK_PORT + " (about 20-40 s; log in .local/logs/keycloak.log)");
        Keycloak keycloak = Keycloak.startLocal(logs, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, List.of(
                "--db=postgres",
                "--db-url=" + postgres.urlOf(KEYCLOAK_DATABASE),
                "--db-username=" + postgres.user(),
                "--db-password=" + postgres.password()), Map.of());
        running.add(keycloak::stop);

        Platform platform = new Platform(root, GATEWAY_PORT, component -> postgres.urlOf(component.database()),
                Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "KEYCLOAK_ISSUER_URI", keycloak.realmIssuer(),
                        "SPRING_DATASOURCE_USERNAME", postgres.user(),
                        "SPRING_DATASOURCE_PASSWORD", postgres.password(),
                        "MOTEPLASS_DEMO_DATA", System.getProperty("moteplass.demo-data", "true"),
                        "SMTP_HOST", "127.0.0.1",
                        "SMTP_PORT", String.valueOf(SMTP_PORT),
                        "MOTEPLASS_PUBLIC_URL", "http://localhost:" + GATEWAY_PORT,
                        "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", zipkin.spansEndpoint(),
                        "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "1s"),
                logs);
        running.add(platform.start(LocalPlatform::step));

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

    private static void printWelcome(Keycloak keycloak, Duration took) {
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
                """, took.toSeconds(), keycloak.baseUrl(), KAFKA_PORT, token);
    }
}
