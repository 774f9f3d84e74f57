package no.lpp.moteplass.local.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** What the launcher does with the directories it keeps (Kafka's data, extracted jars, Keycloak's theme). */
public final class Directories {

    private Directories() {
    }

    /** Deletes the directory and everything in it, if it is there; a link to a directory goes, not what it links to. */
    public static void delete(Path directory) throws IOException {
        if (Files.isSymbolicLink(directory) || !Files.exists(directory)) {
            Files.deleteIfExists(directory);
            return;
        }
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
