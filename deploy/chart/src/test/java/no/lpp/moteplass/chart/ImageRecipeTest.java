package no.lpp.moteplass.chart;

import static no.lpp.moteplass.chart.ChartTest.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.lpp.moteplass.local.platform.JvmOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image recipe (deploy/image/Dockerfile) without Docker: its steps run here on a real service jar, in the same
 * order and layout — extract the layers, put them in one directory, Spring's AOT processing, train the AOT cache — and
 * the service then starts from the processed code, with the JVM insisting on that cache ({@code -XX:AOTMode=on}
 * refuses to start with a cache that does not match the jar).
 */
class ImageRecipeTest {

    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path build;

    @Test
    void layersExtractSpringProcessesThemAndTheAotCacheIsTrainedAndUsable() throws Exception {
        Path jar = executableJar("services/partnership-service");
        Files.copy(jar, build.resolve("app.jar"));
        run(build, JAVA.toString(), "-Djarmode=tools", "-jar", "app.jar", "extract", "--layers", "--destination",
                "extracted");

        Path app = Files.createDirectories(build.resolve("app"));
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            Path from = build.resolve("extracted").resolve(layer);
            assertThat(from).as("the Dockerfile copies layer " + layer).isDirectory();
            copyTree(from, app);
        }
        assertThat(app.resolve("app.jar")).isRegularFile();
        assertThat(app.resolve("lib")).isDirectoryContaining(path -> path.toString().contains("spring-boot"));

        run(app, ROOT.resolve("deploy/image/spring-aot.sh").toString(), app.toString());
        run(app, ROOT.resolve("deploy/image/aot-train.sh").toString(), app.toString(), "-Dspring.aot.enabled=true");
        assertThat(app.resolve("app.aot")).isNotEmptyFile();

        String started = run(app, JAVA.toString(), "-XX:AOTCache=app.aot", "-XX:AOTMode=on",
                "-Dspring.aot.enabled=true", "-Dspring.context.exit=onRefresh", "-Dmoteplass.migrate-on-start=false",
                "-Dspring.kafka.admin.auto-create=false", "-DKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1", "-DPOSTGRES_PORT=1",
                "-jar", "app.jar");
        assertThat(started).contains("Starting AOT-processed PartnershipServiceApplication");
    }

    @Test
    void theImageRunsWithTheLaunchersJvmOptions() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("deploy/image/Dockerfile"));
        assertThat(dockerfile).contains("JAVA_TOOL_OPTIONS=\"" + String.join(" ", JvmOptions.OPTIONS) + " ");
        JvmOptions.ENVIRONMENT.forEach((name, value) -> assertThat(dockerfile).contains(name + "=" + value));
    }

    static Path executableJar(String module) throws IOException {
        Path target = ROOT.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No executable jar in " + target
                            + ": build it first (./mvnw verify builds every module before this one)"));
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Runs a command with this JDK first on the PATH (as in the image) and fails with its output if it fails; returns
     * the output.
     */
    static String run(Path directory, String... command) throws Exception {
        Path log = Files.createTempFile("image-recipe", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PATH", JAVA.getParent() + ":" + System.getenv("PATH"));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0)
                .as(String.join(" ", command) + " failed:\n" + tail(Files.readString(log))).isTrue();
        String output = Files.readString(log);
        Files.delete(log);
        return output;
    }

    private static String tail(String output) {
        return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
    }
}
