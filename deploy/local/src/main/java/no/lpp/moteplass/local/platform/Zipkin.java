package no.lpp.moteplass.local.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.lpp.moteplass.local.MissingInfrastructure;

/**
 * The real Zipkin server (its executable jar from Maven Central, copied to {@code target/zipkin} by deploy/local's
 * build) as its own process, keeping spans in memory: where the local platform and the e2e tests send their traces.
 */
public final class Zipkin implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final Process process;

    private Zipkin(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts Zipkin on {@code port} and returns once it answers its health check. */
    public static Zipkin start(int port, Path log) {
        Path jar = Path.of(System.getProperty("zipkin.jar", System.getProperty("moteplass.root", ".")
                + "/target/zipkin/zipkin-server-3.5.1-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new MissingInfrastructure("The Zipkin server is not at " + jar, "run ./mvnw -pl deploy/local"
                    + " generate-resources (it copies io.zipkin:zipkin-server:exec there)", null);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xms32m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toString(), "--logging.level.root=WARN"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("QUERY_PORT", String.valueOf(port));
            Zipkin zipkin = new Zipkin(port, builder.start());
            zipkin.awaitReady(log);
            return zipkin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Where a component sends its spans (Zipkin's v2 API). */
    public String spansEndpoint() {
        return url() + "/api/v2/spans";
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }

    private void awaitReady(Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Zipkin exited with code " + process.exitValue()
                            + " while starting; see " + log);
                }
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(url() + "/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        close();
        throw new IllegalStateException("Zipkin was not ready on port " + port + " within " + START_TIMEOUT + "; see "
                + log);
    }
}
