package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check every page test relies on ({@link Chromium#assertAccessible}) catches what it is there to catch: a page
 * breaking rules fails naming each of them, inside a frame too; the same page without the faults passes. No platform
 * is needed.
 */
class AccessibilityCheckIT {

    static final String CLEAN = "<!doctype html><html lang=\"nb\"><head><title>Møter</title></head><body><main>"
            + "<h1>Møter</h1><p>Tekst.</p>%s</main></body></html>";

    /** Each rule broken once, the way a template could; select-name inside a frame, as the embeddable listing is. */
    static final Map<String, String> FAULTS = Map.of(
            "image-alt", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">",
            "label", "<input type=\"text\" name=\"navn\">",
            "color-contrast", "<p style=\"color:#bbb;background:#fff\">Nesten usynlig</p>",
            "button-name", "<button></button>",
            "link-name", "<a href=\"/moter\"></a>",
            "frame-title", "<iframe srcdoc=\"<p>Innebygd</p>\"></iframe>",
            "select-name", "<iframe title=\"Innebygd\" srcdoc=\"<main><select></select></main>\"></iframe>");

    static Chromium chromium;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    @Test
    void aPageBreakingRulesFailsNamingEachOfThem() {
        Page page = chromium.page();
        page.setContent(CLEAN.formatted(String.join("", FAULTS.values())));
        var failure = assertThatCode(() -> Chromium.assertAccessible(page)).isInstanceOf(AssertionError.class);
        FAULTS.keySet().forEach(rule -> failure.hasMessageContaining(rule + " ("));
        failure.hasMessageContaining("in a frame: select-name (");
        page.context().close();
    }

    @Test
    void aPageWiderThanAPhoneFailsForNotReflowing() {
        Page page = chromium.page();
        page.setContent(CLEAN.formatted("<div style=\"width:900px\">Bred</div>"));
        assertThatCode(() -> Chromium.assertAccessible(page)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("reflows at 320 px");
        page.context().close();
    }

    @Test
    void theSamePageWithoutTheFaultsPasses() {
        Page page = chromium.page();
        page.setContent(CLEAN.formatted("<label for=\"n\">Navn</label><input id=\"n\" type=\"text\">"
                + "<iframe title=\"Innebygd\" srcdoc=\"<html lang='nb'><title>Innebygd</title><main><p>Innebygd</p>"
                + "</main></html>\"></iframe>"));
        assertThatCode(() -> Chromium.assertAccessible(page)).doesNotThrowAnyException();
        page.context().close();
    }
}
