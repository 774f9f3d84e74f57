package no.lpp.moteplass.local;

import java.nio.file.Path;

/**
 * Reads a setting from the environment or a system property, with a default that fits a developer machine. Shared by
 * the launcher and test-support, so both read e.g. {@code POSTGRES_HOST} or {@code KEYCLOAK_HOME} the same way.
 */
public final class Settings {

    private Settings() {
    }

    public static String get(String env, String fallback) {
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            value = System.getProperty(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    public static boolean isSet(String env) {
        return !get(env, "").isEmpty();
    }

    /** The repository root; Maven passes it, and a run from an IDE in a module directory finds it by walking up. */
    public static Path projectRoot() {
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
                    "Run through ./mvnw, or pass -Dmoteplass.root=/path/to/repository.", null);
        }
        return dir;
    }
}
