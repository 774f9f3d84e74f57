package no.lpp.moteplass.local.platform;

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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.lpp.moteplass.local.MissingInfrastructure;

/** One component running as its own JVM from its {@code -exec.jar}, with its output in a log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Component component;
    private final int port;
    private final ProcessBuilder builder;
    private final Path log;
    private Process process;

    private ServiceProcess(Component component, int port, ProcessBuilder builder, Path log) {
        this.component = component;
        this.port = port;
        this.builder = builder;
        this.log = log;
        this.process = launch();
    }

    static ServiceProcess start(Path root, Component component, int port, Map<String, String> environment,
            List<String> jvmOptions, Path logDir) {
        Path jar = executableJar(root, component);
        Path log = logDir.resolve(component.name() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put(Environment.SERVER_PORT, Integer.toString(port));
        return new ServiceProcess(component, port, builder, log);
    }

    private Process launch() {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + component.name(), e);
        }
    }

    private static Path executableJar(Path root, Component component) {
        Path target = root.resolve(component.path()).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new MissingInfrastructure(
                            "No runnable jar for " + component.name() + " in " + target,
                            "build it first: ./mvnw package -DskipTests (the e2e tests run in 'verify', after it).",
                            null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the component's readiness probe answers UP. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(component.name() + " exited with code " + process.exitValue()
                        + " while starting; see " + log);
            }
            if (isReady()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(component.name() + " was not ready within " + timeout + "; see " + log);
    }

    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the JVM to shut down gracefully (SIGTERM), and kills it if it has not within 20 seconds. */
    public void stop() {
        Processes.stop(process, Duration.ofSeconds(20));
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hook, nothing finished — a crash, or a node lost. */
    public void kill() {
        Processes.kill(process);
    }

    /** Starts the component again with the same settings after {@link #stop()} or {@link #kill()}, its log continued. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(component.name() + " is still running");
        }
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = launch();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the JVM where it is (SIGSTOP): its connections stay open and nothing answers — a hung service. */
    public void suspend() {
        signal("STOP");
    }

    /** Lets a {@link #suspend() suspended} JVM go on (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Component component() {
        return component;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }
}
