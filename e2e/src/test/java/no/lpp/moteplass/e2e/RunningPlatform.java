package no.lpp.moteplass.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.lpp.moteplass.local.platform.Component;
import no.lpp.moteplass.local.platform.Environment;
import no.lpp.moteplass.local.platform.KafkaBroker;
import no.lpp.moteplass.local.platform.Platform;
import no.lpp.moteplass.local.platform.Ports;
import no.lpp.moteplass.local.platform.ServiceProcess;
import no.lpp.moteplass.local.platform.Zipkin;
import no.lpp.moteplass.testsupport.Keycloak;
import no.lpp.moteplass.testsupport.Postgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the platform once for all system tests through deploy/local's launcher, on the tests' ports
 * ({@link Ports#TESTS}: 18080-18085 and up, so a running local platform is not disturbed), and tears it down with its
 * databases afterwards. Kafka is a real broker process, so a fault test can stop and start it; every component sends
 * its spans to a real Zipkin server. e2e is the build's last module, so it also stops the shared Keycloak.
 */
final class RunningPlatform implements BeforeAllCallback, AfterAllCallback {

    static final Ports PORTS = Ports.TESTS;
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
        return PORTS.publicUrl();
    }

    /** Each service's database (JDBC URL) by service name. */
    static Map<String, String> databases() {
        Map<String, String> byName = new java.util.TreeMap<>();
        DATABASES.forEach((component, url) -> byName.put(component.name(), url));
        return byName;
    }

    /** A component's own address, past the gateway. */
    static int port(Component component) {
        return PORTS.of(component);
    }

    /** A component's process, for the fault tests to kill, restart or suspend. */
    static ServiceProcess process(Component component) {
        return running.processes().stream().filter(process -> process.component().equals(component)).findFirst()
                .orElseThrow();
    }

    /** Another gateway in front of the running services, with some settings changed; the caller stops it. */
    static ServiceProcess startGateway(int port, Map<String, String> overrides) {
        return platform.startGateway(port, overrides);
    }

    /** The platform's Kafka broker, a process of its own. */
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
                () -> Zipkin.start(PORTS.zipkin(), logs.resolve("zipkin.log")));
        Path kafkaDirectory = root.resolve("e2e/target/kafka");
        FileSystemUtils.deleteRecursively(kafkaDirectory.toFile());
        kafka = KafkaBroker.start(kafkaDirectory, PORTS.kafka(), PORTS.kafkaController(), logs.resolve("kafka.log"));
        zipkin = zipkinStarting.join();
        mail = new GreenMail(new ServerSetup(PORTS.smtp(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Map<String, String> environment = Environment.shared(PORTS, kafka.bootstrapServers(), keycloak.realmIssuer(),
                postgres.user(), postgres.password(), zipkin.spansEndpoint());
        // Almost no clock skew, so TokenRobustnessIT can watch a one-second token expire.
        environment.put("MOTEPLASS_CLOCK_SKEW", "1s");
        environment.put("MOTEPLASS_INTRANET_ORIGINS", INTRANET);
        // Every request here comes from one address; BurstIT sends 500 at once as 500 people would. The limit itself
        // is GatewayTest's to prove.
        environment.put("MOTEPLASS_PUBLIC_RATE_LIMIT", "1000000");
        // Spans leave within a fifth of a second, so TracingIT need not wait long for a whole trace.
        environment.put(Environment.TRACE_EXPORT_DELAY, "200ms");
        platform = new Platform(root, PORTS.gateway(), DATABASES::get, environment, logs, false);
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
