package no.lpp.moteplass.keycloaktheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright, launched as e2e's Chromium does (never a browser Playwright downloads), with
 * the checks every login page gets: axe-core against WCAG 2.1 A/AA, reflow at 320 CSS px, and a screenshot.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("MOTEPLASS_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("moteplass.root", "../.."))
            .resolve("deploy/keycloak-theme-test/target/screenshots");

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        assertThat(EXECUTABLE).as("Chromium for the browser tests: apt-get install -y chromium (.ci/run does)")
                .isExecutable();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // The machine's network is closed: without these flags Chromium keeps trying to reach Google's services.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new page in its own context (no cookies shared), laptop-sized, with a browser asking for Norwegian. */
    Page page() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("nb-NO"))
                .newPage();
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe-core finds, one line each. */
    static List<String> violations(Page page) {
        // Legacy mode runs axe-core in the page alone; the default also opens a blank page for every scan to merge
        // the results of its frames, four times as slow. The login pages have no frames (e2e's Chromium scans the
        // portal's frames one by one).
        List<Rule> rules = new AxeBuilder(page).setLegacyMode(true)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations();
        return rules.stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    /**
     * Whether the page, 320 CSS px wide (a phone, or 1280 px at 400 % zoom), needs a horizontal scroll bar; the
     * narrow page is kept as screenshot {@code name-320}.
     */
    static boolean scrollsSidewaysAt320(Page page, String name) {
        var size = page.viewportSize();
        page.setViewportSize(320, 640);
        try {
            screenshot(page, name + "-320");
            return (Boolean) page.evaluate(
                    "() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        } finally {
            page.setViewportSize(size.width, size.height);
        }
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
