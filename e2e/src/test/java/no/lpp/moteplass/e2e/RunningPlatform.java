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
    /**
     * The partner intranet allowed to frame the embeddable listing, played by a small web site PortalIT starts.
     */
    static final String INTRANET = "http://127.0.0.1:18099";

    private static Platform.Running running;
    private static GreenMail mail;
    private static KafkaBroker kafka;
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

    /** The platform's Kafka broker, a process of its own. */
    static KafkaBroker kafka() {
        return kafka;
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
        Path kafkaDirectory = root.resolve("e2e/target/kafka");
        FileSystemUtils.deleteRecursively(kafkaDirectory.toFile());
        kafka = KafkaBroker.start(kafkaDirectory, KAFKA_PORT, KAFKA_PORT + 1,
                Files.createDirectories(root.resolve("e2e/target/platform-logs")).resolve("kafka.log"));
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Platform platform = new Platform(root, GATEWAY_PORT, DATABASES::get, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "KEYCLOAK_ISSUER_URI", keycloak.realmIssuer(),
                "SPRING_DATASOURCE_USERNAME", postgres.user(),
                "SPRING_DATASOURCE_PASSWORD", postgres.password(),
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(SMTP_PORT),
                "MOTEPLASS_PUBLIC_URL", gateway(),
                // Almost no clock skew, so TokenRobustnessIT can watch a one-second token expire.
                "MOTEPLASS_CLOCK_SKEW", "1s",
                "MOTEPLASS_INTRANET_ORIGINS", INTRANET),
                root.resolve("e2e/target/platform-logs"));
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
            DATABASES.values().forEach(Postgres.server()::dropDatabase);
            Keycloak.stopShared();
        }
        if (mail != null) {
            mail.stop();
        }
    }
}
