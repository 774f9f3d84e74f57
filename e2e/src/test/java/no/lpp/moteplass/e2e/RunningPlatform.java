package no.lpp.moteplass.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.Postgres;
import no.lpp.moteplass.testsupport.platform.Component;
import no.lpp.moteplass.testsupport.platform.KafkaBroker;
import no.lpp.moteplass.testsupport.platform.Platform;
import no.lpp.moteplass.testsupport.platform.ServiceProcess;
import no.lpp.moteplass.testsupport.platform.Zipkin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the platform once for all system tests (ports 18080-18084, so a running local platform is not disturbed)
 * and tears it down with its databases afterwards. e2e is the build's last module, so it also stops the shared
 * Keycloak.
 */
final class RunningPlatform implements BeforeAllCallback, AfterAllCallback {

    static final int GATEWAY_PORT = 18080;
    static final int SMTP_PORT = 18025;
    /** A real broker process (KafkaBroker), so a fault test can stop and start it. */
    static final int KAFKA_PORT = 19092;
    /** The real Zipkin server every component sends its spans to. */
    static final int ZIPKIN_PORT = 19411;
    /**
     * The partner intranet allowed to frame the embeddable listing, played by a small web site PortalIT starts.
     */
    static final String INTRANET = "http://127.0.0.1:18099";

    private static Platform platform;
    private static Platform.Running running;
    private static GreenMail mail;
    private static KafkaBroker kafka;
    private static Zipkin zipkin;
    private static final Map<Component, String> DATABASES = new HashMap<>();

    static String gateway() {
        return "http://localhost:" + GATEWAY_PORT;
    }

    /** Each service's database (JDBC URL) by service name. */
    static Map<String, String> databases() {
        Map<String, String> byName = new java.util.TreeMap<>();
        DATABASES.forEach((component, url) -> byName.put(component.name(), url));
        return byName;
    }

    /** A component's own address, past the gateway. */
    static int port(Component component) {
        return component.port(GATEWAY_PORT);
    }

    /** A component's process, for the fault tests to kill, restart or suspend. */
    static ServiceProcess process(Component component) {
        return running.processes().stream().filter(process -> process.component().equals(component)).findFirst()
                .orElseThrow();
    }

    /** The platform's Kafka broker, a process of its own. */
    /** Another gateway in front of the running services, with some settings changed; the caller stops it. */
    static ServiceProcess startGateway(int port, Map<String, String> overrides) {
        return platform.startGateway(port, overrides);
    }

    static KafkaBroker kafka() {
        return kafka;
    }

    /** Where the platform's traces are. */
    static Zipkin zipkin() {
        return zipkin;
    }

    /** The SMTP server the platform sends its emails to. */
    static GreenMail mail() {
        return mail;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws IOException {
        if (running != null) {
            return;
        }
        Postgres postgres = Postgres.server();
        Component.ALL.stream().filter(component -> component.database() != null)
                .forEach(component -> DATABASES.put(component, postgres.createDatabase(component.name())));
        Keycloak keycloak = Keycloak.shared();
        Path root = Path.of(System.getProperty("moteplass.root"));
        Path logs = Files.createDirectories(root.resolve("e2e/target/platform-logs"));
        var zipkinStarting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Zipkin.start(ZIPKIN_PORT, logs.resolve("zipkin.log")));
        Path kafkaDirectory = root.resolve("e2e/target/kafka");
        FileSystemUtils.deleteRecursively(kafkaDirectory.toFile());
        kafka = KafkaBroker.start(kafkaDirectory, KAFKA_PORT, KAFKA_PORT + 1, logs.resolve("kafka.log"));
        zipkin = zipkinStarting.join();
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        platform = new Platform(root, GATEWAY_PORT, DATABASES::get, Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                Map.entry("KEYCLOAK_ISSUER_URI", keycloak.realmIssuer()),
                Map.entry("SPRING_DATASOURCE_USERNAME", postgres.user()),
                Map.entry("SPRING_DATASOURCE_PASSWORD", postgres.password()),
                Map.entry("SMTP_HOST", "127.0.0.1"),
                Map.entry("SMTP_PORT", String.valueOf(SMTP_PORT)),
                Map.entry("MOTEPLASS_PUBLIC_URL", gateway()),
                // Almost no clock skew, so TokenRobustnessIT can watch a one-second token expire.
                Map.entry("MOTEPLASS_CLOCK_SKEW", "1s"),
                Map.entry("MOTEPLASS_INTRANET_ORIGINS", INTRANET),
                // Every request here comes from one address; BurstIT sends 500 at once as 500 people would. The limit
                // itself is GatewayTest's to prove.
                Map.entry("MOTEPLASS_PUBLIC_RATE_LIMIT", "1000000"),
                Map.entry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", zipkin.spansEndpoint()),
                // Spans leave within a fifth of a second, so TracingIT need not wait long for a whole trace.
                Map.entry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms")),
                logs);
        running = platform.start(step -> System.out.println("[e2e] " + step));
        Runtime.getRuntime().addShutdownHook(new Thread(RunningPlatform::tearDown));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // Torn down once, when the test JVM ends: several test classes share the platform.
    }

    private static synchronized void tearDown() {
        if (running != null) {
            running.close();
            running = null;
            kafka.close();
            zipkin.close();
            DATABASES.values().forEach(Postgres.server()::dropDatabase);
            Keycloak.stopShared();
        }
        if (mail != null) {
            mail.stop();
        }
    }
}
