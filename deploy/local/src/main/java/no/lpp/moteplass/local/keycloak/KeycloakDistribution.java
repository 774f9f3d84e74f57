package no.lpp.moteplass.local.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import no.lpp.moteplass.local.MissingInfrastructure;
import no.lpp.moteplass.local.Settings;
import no.lpp.moteplass.local.platform.Directories;

/**
 * The unpacked Keycloak distribution (deploy/local's build unpacks {@code org.keycloak:keycloak-quarkus-dist} into
 * {@code target/keycloak} once per checkout), made ready to start: the realm files of {@code deploy/keycloak} in its
 * import folder and the login theme {@code moteplass} ({@code deploy/keycloak-theme}) among its providers.
 */
final class KeycloakDistribution {

    /** A file only the MØTEPLASS theme has: where it is on the classpath tells which jar or folder holds the theme. */
    private static final String THEME_FILE = "theme/moteplass/login/theme.properties";
    private static final String THEME_JAR = "moteplass-keycloak-theme.jar";

    private KeycloakDistribution() {
    }

    /** {@code KEYCLOAK_HOME}, else the build's {@code keycloak.home}, else where the build unpacks it. */
    static Path home() {
        Path home = Path.of(Settings.get("KEYCLOAK_HOME", System.getProperty("keycloak.home",
                Settings.projectRoot().resolve("target/keycloak/keycloak-26.7.3").toString())));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new MissingInfrastructure("The Keycloak distribution is not at " + home,
                    "run ./mvnw -pl deploy/local generate-resources (it unpacks"
                            + " org.keycloak:keycloak-quarkus-dist:26.7.3 there), or set KEYCLOAK_HOME to an unpacked"
                            + " Keycloak 26.", null);
        }
        return home;
    }

    /** The MØTEPLASS realm and the demo health trust's own directory it brokers logins from, and the login theme. */
    static void prepare(Path home) throws IOException {
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        try (var files = Files.list(Settings.projectRoot().resolve("deploy/keycloak"))) {
            for (Path realm : files.filter(f -> f.getFileName().toString().endsWith("-realm.json")).toList()) {
                Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        installTheme(home);
    }

    /**
     * Puts the login theme from this classpath into the distribution: the theme jar into {@code providers/} (start-dev
     * rebuilds Keycloak with the providers it finds there at every start), or, when the classpath holds the theme as a
     * folder (an IDE's build output), that folder as {@code themes/moteplass}. Whichever was installed before is removed
     * first, so Keycloak never sees two themes of the same name or an old copy.
     */
    private static void installTheme(Path home) throws IOException {
        URL themeFile = KeycloakDistribution.class.getClassLoader().getResource(THEME_FILE);
        if (themeFile == null) {
            throw new MissingInfrastructure("The login theme (" + THEME_FILE + ") is not on the classpath",
                    "build it: ./mvnw install -DskipTests -pl deploy/keycloak-theme.", null);
        }
        Path jarTarget = home.resolve("providers").resolve(THEME_JAR);
        Path folderTarget = home.resolve("themes/moteplass");
        Files.deleteIfExists(jarTarget);
        Directories.delete(folderTarget);
        try {
            String location = themeFile.toString();
            if (location.startsWith("jar:")) {
                Path jar = Path.of(new URI(location.substring("jar:".length(), location.indexOf("!/"))));
                Files.copy(jar, Files.createDirectories(jarTarget.getParent()).resolve(THEME_JAR));
            } else {
                copyTree(Path.of(themeFile.toURI()).getParent().getParent(), folderTarget);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unexpected classpath location " + themeFile, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
