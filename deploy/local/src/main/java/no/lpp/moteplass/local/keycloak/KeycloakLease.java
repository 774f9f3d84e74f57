package no.lpp.moteplass.local.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a shared Keycloak alive exactly as long as someone uses it. Every JVM using it renews a lease file every ten
 * seconds; one small shell watchdog per Keycloak stops it once the lease is five minutes old, so a build that dies
 * (or never reaches the module that stops Keycloak) does not leave it running for ever.
 */
final class KeycloakLease {

    private KeycloakLease() {
    }

    /** Renews {@code lease} while this JVM lives, and starts the watchdog for the Keycloak in {@code pidFile}. */
    static void keep(Path lease, Path pidFile) {
        renew(lease);
        startWatchdogOnce(lease, pidFile);
        var renewer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("keycloak-lease").factory());
        renewer.scheduleAtFixedRate(() -> renew(lease), 10, 10, TimeUnit.SECONDS);
    }

    private static void startWatchdogOnce(Path lease, Path pidFile) {
        Path watchdogPid = lease.resolveSibling("watchdog.pid");
        try {
            if (!Files.exists(pidFile)) {
                return; // started by someone else outside this harness: not ours to stop
            }
            if (Files.exists(watchdogPid)
                    && ProcessHandle.of(Long.parseLong(Files.readString(watchdogPid).trim())).map(ProcessHandle::isAlive).orElse(false)) {
                return;
            }
            String kcPid = Files.readString(pidFile).trim();
            String script = "while kill -0 " + kcPid + " 2>/dev/null; do "
                    + "age=$(( $(date +%s) - $(stat -c %Y '" + lease + "' 2>/dev/null || echo 0) )); "
                    + "if [ $age -gt 300 ]; then kill -TERM " + kcPid + "; rm -f '" + pidFile + "'; fi; sleep 5; done";
            Process watchdog = new ProcessBuilder("sh", "-c", script)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true)
                    .start();
            Files.writeString(watchdogPid, Long.toString(watchdog.pid()));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Could not start the Keycloak watchdog", e);
        }
    }

    private static void renew(Path lease) {
        try {
            if (!Files.exists(lease)) {
                Files.createFile(lease);
            }
            Files.setLastModifiedTime(lease, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a missed renewal is harmless: the next one comes in ten seconds
        }
    }
}
