package no.lpp.moteplass.keycloaktheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keycloak falls back to English, not to bokmål, for a key a language file lacks. So nynorsk must have every key
 * bokmål has, both must have every text our templates ask for, and English must have our own keys (Keycloak's English
 * has the rest). The pages themselves are tested in a real Keycloak by deploy/keycloak-theme-test.
 */
class LanguageFilesTest {

    private static final String THEME = "theme/moteplass/login/";
    /** msg("key") and msg("key", …) in a template; a key built at run time (msg("${…}")) is not a literal. */
    private static final Pattern MSG = Pattern.compile("msg\\(\"([^\"$]+)\"");

    @Test
    void nynorskHasEveryKeyBokmaalHas() {
        assertThat(load("nn").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("nb").stringPropertyNames());
    }

    @Test
    void everyTextOurTemplatesAskForIsInBokmaalAndNynorsk() throws IOException, URISyntaxException {
        Set<String> used = templateKeys();
        assertThat(used).as("keys found in the templates").contains("loginAccountTitle", "moteplassSkipLink");
        assertThat(load("nb").stringPropertyNames()).containsAll(used);
        assertThat(load("nn").stringPropertyNames()).containsAll(used);
    }

    @Test
    void englishHasOurOwnKeys() {
        Set<String> ours = load("nb").stringPropertyNames().stream()
                .filter(key -> key.startsWith("moteplass") || key.equals("languages")).collect(Collectors.toSet());
        assertThat(load("en").stringPropertyNames()).containsAll(ours);
    }

    @Test
    void nynorskIsNotBokmaal() {
        assertThat(load("nn").getProperty("usernameOrEmail")).isEqualTo("Brukarnamn eller e-postadresse");
        assertThat(load("nb").getProperty("usernameOrEmail")).isEqualTo("Brukernavn eller e-postadresse");
    }

    private static Set<String> templateKeys() throws IOException, URISyntaxException {
        Path folder = Path.of(LanguageFilesTest.class.getClassLoader().getResource(THEME + "theme.properties").toURI())
                .getParent();
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".ftl")).flatMap(file -> {
                try {
                    return MSG.matcher(Files.readString(file)).results().map(match -> match.group(1));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    /** Read as Keycloak reads them: UTF-8. */
    private static Properties load(String language) {
        Properties messages = new Properties();
        try (InputStream in = LanguageFilesTest.class.getClassLoader()
                .getResourceAsStream(THEME + "messages/messages_" + language + ".properties")) {
            assertThat(in).as(language).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return messages;
    }
}
