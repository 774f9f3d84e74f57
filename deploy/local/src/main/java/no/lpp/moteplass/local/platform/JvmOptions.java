package no.lpp.moteplass.local.platform;

import java.util.List;
import java.util.Map;

/**
 * How every component's JVM runs: the same options here, in the image ({@code deploy/image/Dockerfile}) and in the
 * chart ({@code global.jvm} in values.yaml); deploy/chart's tests hold both to this list. Chosen by measurement
 * ({@code deploy/image/startup-benchmark.sh}; figures in deploy/README.md, "Start-up and memory"), for a service that
 * runs a few hundred requests a second at most and shares two cores with five others:
 *
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: C1 only. Starts a third faster and holds ~35 MiB less; it costs about a
 *       third of the peak throughput under sustained load (the platform benchmark), far above what this platform's
 *       traffic asks of one replica.</li>
 *   <li>{@code -XX:+UseSerialGC}: no GC threads or remembered sets; the heap is small, pauses stay a few ms.</li>
 *   <li>{@code -Xms32m -Xmx128m}: the busiest service's live data is far below 128 MiB; a larger heap only grows RSS.</li>
 *   <li>{@code -XX:MaxMetaspaceSize=128m}: twice what a component loads, so a class leak ends the JVM instead of the
 *       node's memory.</li>
 *   <li>{@code -XX:+ExitOnOutOfMemoryError}: the orchestrator (or the launcher's log) learns of it and restarts; a JVM
 *       limping on after an OutOfMemoryError serves errors.</li>
 *   <li>{@code MALLOC_ARENA_MAX=2}: glibc otherwise keeps an arena per core-multiple of threads, each mostly empty.</li>
 * </ul>
 */
public final class JvmOptions {

    public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m",
            "-Xmx128m", "-XX:MaxMetaspaceSize=128m", "-XX:+ExitOnOutOfMemoryError");

    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private JvmOptions() {
    }
}
