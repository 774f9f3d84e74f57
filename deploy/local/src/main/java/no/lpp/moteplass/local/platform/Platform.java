package no.lpp.moteplass.local.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The four services, the portal and the gateway as separate JVMs, wired to the given PostgreSQL, Kafka and Keycloak. Services start
 * together (each waits for nothing but its own database), the gateway after them.
 *
 * @param root        the repository root (where the built jars are)
 * @param basePort    the gateway's port; the services and the portal take the next five
 * @param databaseUrl the JDBC URL for a component's database
 * @param environment settings shared by all components (Kafka, Keycloak, database credentials; see
 *                    {@link Environment#shared})
 * @param logDir      where each component's output goes
 */
public record Platform(Path root, int basePort, Function<Component, String> databaseUrl,
        Map<String, String> environment, Path logDir) {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /**
     * Small heaps and a quick JIT: five JVMs share two cores on a developer machine. A benchmark measures with the
     * production options instead, given as {@code -Dmoteplass.platform.jvm-options="..."}.
     */
    private static final List<String> JVM_OPTIONS = List.of(System.getProperty("moteplass.platform.jvm-options",
            "-Xms64m -Xmx320m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8").split("\\s+"));

    /** The running platform; {@link #close()} stops it in reverse order. */
    public static final class Running implements AutoCloseable {

        private final List<ServiceProcess> processes;

        private Running(List<ServiceProcess> processes) {
            this.processes = processes;
        }

        public String url(Component component) {
            return processes.stream().filter(process -> process.component().equals(component)).findFirst()
                    .orElseThrow().url();
        }

        public List<ServiceProcess> processes() {
            return Collections.unmodifiableList(processes);
        }

        @Override
        public void close() {
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).stop();
            }
        }
    }

    /** Starts everything and returns once every component reports ready; {@code progress} hears each step. */
    public Running start(Consumer<String> progress) {
        try {
            Files.createDirectories(logDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<ServiceProcess> started = new ArrayList<>();
        try {
            List<Component> services = Component.ALL.stream().filter(c -> c != Component.GATEWAY).toList();
            for (Component service : services) {
                progress.accept("starting " + service.name() + " on port " + service.port(basePort));
                started.add(ServiceProcess.start(root, service, service.port(basePort), serviceEnvironment(service),
                        JVM_OPTIONS, logDir));
            }
            for (ServiceProcess process : started) {
                process.awaitReady(START_TIMEOUT);
                progress.accept(process.component().name() + " is ready at " + process.url());
            }
            progress.accept("starting gateway on port " + basePort);
            ServiceProcess gateway = ServiceProcess.start(root, Component.GATEWAY, basePort, gatewayEnvironment(),
                    JVM_OPTIONS, logDir);
            started.add(gateway);
            gateway.awaitReady(START_TIMEOUT);
            progress.accept("gateway is ready at " + gateway.url());
            return new Running(started);
        } catch (RuntimeException e) {
            new Running(started).close();
            throw e;
        }
    }

    /**
     * Another gateway in front of the same services, on {@code port}, with some settings changed (a burst test lifts
     * the public rate limit); the caller stops it.
     */
    public ServiceProcess startGateway(int port, Map<String, String> overrides) {
        Map<String, String> env = gatewayEnvironment();
        env.putAll(overrides);
        env.put(Environment.GATEWAY_PUBLIC_URL, "http://localhost:" + port);
        ServiceProcess gateway = ServiceProcess.start(root, Component.GATEWAY, port, env, JVM_OPTIONS, logDir);
        gateway.awaitReady(START_TIMEOUT);
        return gateway;
    }

    private Map<String, String> serviceEnvironment(Component service) {
        Map<String, String> env = new HashMap<>(environment);
        if (service.database() != null) {
            env.put(Environment.DATABASE_URL, databaseUrl.apply(service));
        } else {
            env.putAll(componentUrls()); // the portal reads the services' APIs
        }
        return env;
    }

    private Map<String, String> gatewayEnvironment() {
        Map<String, String> env = new HashMap<>(environment);
        env.put(Environment.GATEWAY_PUBLIC_URL, "http://localhost:" + basePort);
        env.putAll(componentUrls());
        return env;
    }

    private Map<String, String> componentUrls() {
        Map<String, String> urls = new HashMap<>();
        Component.ALL.stream().filter(c -> c != Component.GATEWAY)
                .forEach(component -> urls.put(component.urlVariable(), "http://localhost:" + component.port(basePort)));
        return urls;
    }
}
