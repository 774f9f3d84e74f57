package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check every page test relies on ({@link Chromium#assertAccessible}) catches what it is there to catch: each
 * page below breaks one rule the way a template could, inside a frame too, and must fail by that rule's name; the
 * same page without the fault passes. No platform is needed.
 */
class AccessibilityCheckIT {

    static final String CLEAN = "<!doctype html><html lang=\"nb\"><head><title>Møter</title></head><body><main>"
            + "<h1>Møter</h1><p>Tekst.</p>%s</main></body></html>";

    static Chromium chromium;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    static Map<String, String> faults() {
        return Map.of(
                "image-alt", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">",
                "label", "<input type=\"text\" name=\"navn\">",
                "color-contrast", "<p style=\"color:#bbb;background:#fff\">Nesten usynlig</p>",
                "button-name", "<button></button>",
                "link-name", "<a href=\"/moter\"></a>",
                "frame-title", "<iframe srcdoc=\"<p>Innebygd</p>\"></iframe>",
                // the embeddable listing is a frame on partners' pages: what is inside a frame is scanned too
                "select-name", "<iframe title=\"Innebygd\" srcdoc=\"<main><select></select></main>\"></iframe>",
                "reflows at 320 px", "<div style=\"width:900px\">Bred</div>");
    }

    static Iterable<String> rules() {
        return faults().keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aPageBreakingTheRuleFailsNamingIt(String rule) {
        Page page = chromium.page();
        page.setContent(CLEAN.formatted(faults().get(rule)));
        assertThatCode(() -> Chromium.assertAccessible(page)).as(rule).isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule);
        page.context().close();
    }

    @Test
    void theSamePageWithoutTheFaultPasses() {
        Page page = chromium.page();
        page.setContent(CLEAN.formatted("<label for=\"n\">Navn</label><input id=\"n\" type=\"text\">"));
        assertThatCode(() -> Chromium.assertAccessible(page)).doesNotThrowAnyException();
        page.context().close();
    }
}
