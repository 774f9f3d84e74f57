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
    private final boolean training;
    private Process process;

    private ServiceProcess(Component component, int port, ProcessBuilder builder, Path log, boolean training) {
        this.component = component;
        this.port = port;
        this.builder = builder;
        this.log = log;
        this.training = training;
        this.process = launch();
    }

    /**
     * Starts the component. With {@code trainCache}, as the image runs it: from the jar extracted (the JDK's AOT cache
     * holds classes from plain jars only, not from the jars nested in an executable one) with the AOT cache beside it
     * when there is one made since the jar was built; without one, this run records it, and the JVM writes it when it
     * stops. The next start then loads and links the classes from the cache. Without {@code trainCache}, the
     * executable jar as it is, and its cache only if an earlier local run left one.
     */
    static ServiceProcess start(Path root, Component component, int port, Map<String, String> environment,
            List<String> jvmOptions, Path logDir, boolean trainCache) {
        Path executable = executableJar(root, component);
        Path extracted = executable.resolveSibling(executable.getFileName().toString().replaceFirst("\\.jar$", ""));
        Path jar = extracted.resolve(executable.getFileName());
        Path cache = extracted.resolve("app.aot");
        if (trainCache && !isCurrent(jar, executable)) {
            extract(executable, extracted);
        }
        boolean cached = isCurrent(jar, executable) && isCurrent(cache, executable);
        if (!cached && !trainCache) {
            jar = executable;
        }
        Path log = logDir.resolve(component.name() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (cached) {
            command.add("-XX:AOTCache=" + cache);
        } else if (trainCache) {
            command.add("-XX:AOTCacheOutput=" + cache);
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(JvmOptions.ENVIRONMENT);
        builder.environment().putAll(environment);
        builder.environment().put(Environment.SERVER_PORT, Integer.toString(port));
        return new ServiceProcess(component, port, builder, log, !cached && trainCache);
    }

    /**
     * Whether {@code file} is there, not empty (a cache still being written is), and not older than the jar it was made
     * from (an extracted jar keeps its jar's time).
     */
    private static boolean isCurrent(Path file, Path madeFrom) {
        try {
            return Files.exists(file) && Files.size(file) > 0
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(madeFrom)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Spring Boot's own extraction: the application's jar and {@code lib/} beside it, as the image has them. */
    private static void extract(Path executable, Path into) {
        try {
            Directories.delete(into);
            Process extraction = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", executable.toString(), "extract", "--destination", into.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!extraction.waitFor(2, TimeUnit.MINUTES) || extraction.exitValue() != 0) {
                throw new IllegalStateException("Could not extract " + executable);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not extract " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /**
     * Asks the JVM to shut down gracefully (SIGTERM), and kills it if it has not within 20 seconds; a minute when it
     * is writing its AOT cache on the way out.
     */
    public void stop() {
        Processes.stop(process, Duration.ofSeconds(training ? 60 : 20));
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

    /** The JVM's resident memory (VmRSS) in MiB, or -1 when it is not running. */
    public long rssMib() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
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
