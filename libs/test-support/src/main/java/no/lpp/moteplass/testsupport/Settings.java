package no.lpp.moteplass.testsupport;

import java.nio.file.Path;

/** Reads test settings from the environment or system properties, with defaults that fit a developer machine. */
final class Settings {

    private Settings() {
    }

    static String get(String env, String fallback) {
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            value = System.getProperty(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    static boolean isSet(String env) {
        return !get(env, "").isEmpty();
    }

    /** The repository root; Maven passes it, and a run from an IDE in a module directory finds it by walking up. */
    static Path projectRoot() {
        String root = System.getProperty("moteplass.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !dir.resolve("mvnw").toFile().exists()) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new MissingInfrastructure("Cannot find the repository root (the folder holding mvnw).",
                    "Run tests through ./mvnw, or pass -Dmoteplass.root=/path/to/repository.", null);
        }
        return dir;
    }
}
