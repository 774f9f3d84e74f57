package no.lpp.moteplass.local.platform;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How the platform's processes end. */
final class Processes {

    private Processes() {
    }

    /** As an operator stops a process (SIGTERM, a clean shutdown), killing it (SIGKILL) if it has not ended in time. */
    static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Ends a process at once (SIGKILL): no shutdown hook, nothing finished — a crash, or a node lost. */
    static void kill(Process process) {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
