package no.lpp.moteplass.keycloaktheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks the login pages get find what they are there to find, on pages made to break them. */
class ChromiumTest {

    static final String PAGE = "<!doctype html><html lang=\"nb\"><head><title>Logg inn</title></head><body><main>"
            + "<h1>Logg inn</h1>%s</main></body></html>";

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
    void aFieldWithoutALabelAndPaleTextAreViolationsAndTheirFixesAreNot() {
        Page page = chromium.page();
        page.setContent(PAGE.formatted("<input type=\"password\"><p style=\"color:#ccc\">Glemt passord?</p>"));
        assertThat(Chromium.violations(page)).anyMatch(line -> line.startsWith("label "))
                .anyMatch(line -> line.startsWith("color-contrast "));
        page.setContent(PAGE.formatted("<label for=\"p\">Passord</label><input id=\"p\" type=\"password\">"
                + "<p style=\"color:#333\">Glemt passord?</p>"));
        assertThat(Chromium.violations(page)).isEmpty();
        page.context().close();
    }

    @Test
    void aPageWiderThanAPhoneScrollsSideways() {
        Page page = chromium.page();
        page.setContent(PAGE.formatted("<div style=\"width:700px\">Bred</div>"));
        assertThat(Chromium.scrollsSidewaysAt320(page, "test-bred")).isTrue();
        page.setContent(PAGE.formatted("<p>Smal</p>"));
        assertThat(Chromium.scrollsSidewaysAt320(page, "test-smal")).isFalse();
        page.context().close();
    }
}
