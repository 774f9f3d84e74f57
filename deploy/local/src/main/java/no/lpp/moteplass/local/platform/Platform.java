package no.lpp.moteplass.local.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The four services, the portal and the gateway as separate JVMs, wired to the given PostgreSQL, Kafka and Keycloak,
 * all started together: each waits for nothing but its own database.
 *
 * @param root        the repository root (where the built jars are)
 * @param basePort    the gateway's port; the services and the portal take the next five
 * @param databaseUrl the JDBC URL for a component's database
 * @param environment settings shared by all components (Kafka, Keycloak, database credentials; see
 *                    {@link Environment#shared})
 * @param logDir      where each component's output goes
 * @param trainCaches whether a component without an up-to-date AOT cache records one in this run (the local
 *                    platform, started again and again from the same jars) or just starts without (the tests)
 */
public record Platform(Path root, int basePort, Function<Component, String> databaseUrl,
        Map<String, String> environment, Path logDir, boolean trainCaches) {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** The options every component runs with ({@link JvmOptions}); a benchmark may try others. */
    private static final List<String> JVM_OPTIONS = System.getProperty("moteplass.platform.jvm-options") == null
            ? JvmOptions.OPTIONS : List.of(System.getProperty("moteplass.platform.jvm-options").split("\\s+"));

    /** The running platform; {@link #close()} stops it. */
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

        /** Stops every component at once: each may take its time to finish (and to write its AOT cache). */
        @Override
        public void close() {
            try (var stopping = Executors.newVirtualThreadPerTaskExecutor()) {
                processes.forEach(process -> stopping.submit(process::stop));
            }
        }
    }

    /**
     * Starts every component at once (none needs another to start: the gateway and the portal reach the services only
     * when asked) and returns once every one reports ready; {@code progress} hears each step.
     */
    public Running start(Consumer<String> progress) {
        try {
            Files.createDirectories(logDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<ServiceProcess> started = new ArrayList<>();
        try {
            for (Component component : Component.ALL) {
                progress.accept("starting " + component.name() + " on port " + component.port(basePort));
                started.add(ServiceProcess.start(root, component, component.port(basePort),
                        component == Component.GATEWAY ? gatewayEnvironment() : serviceEnvironment(component),
                        JVM_OPTIONS, logDir, trainCaches));
            }
            for (ServiceProcess process : started) {
                process.awaitReady(START_TIMEOUT);
                progress.accept(process.component().name() + " is ready at " + process.url());
            }
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
        ServiceProcess gateway = ServiceProcess.start(root, Component.GATEWAY, port, env, JVM_OPTIONS, logDir, false);
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
