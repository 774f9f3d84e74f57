package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (never a browser Playwright downloads), with what every page test needs: an
 * axe-core scan against WCAG 2.1 A/AA and a screenshot kept in e2e/target/screenshots.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("MOTEPLASS_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("moteplass.root")).resolve("e2e/target/screenshots");

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

    /** A new page in its own context (no cookies shared), as wide as a laptop unless said otherwise. */
    Page page(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("nb-NO"))
                .newPage();
    }

    Page page() {
        return page(1280, 900);
    }

    /**
     * Logs in on Keycloak's page the browser was sent to. A realm with Organizations asks for the username first (to
     * send a partner's users to their own identity provider) and for the password on the next page.
     */
    static void logIn(Page page, String username, String password) {
        page.locator("#username").fill(username);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    /**
     * Fails with the rules broken if axe-core finds any serious or critical WCAG 2.1 A/AA violation, in the page or in
     * a frame on it, or if the page does not reflow at 320 CSS px (what a 1280 px window shows at 400 % zoom, WCAG
     * 1.4.10): every page a test checks is checked both ways.
     */
    static void assertAccessible(Page page) {
        assertReflows(page);
        List<String> violations = new ArrayList<>(violations(page));
        for (Frame frame : page.frames()) {
            if (frame != page.mainFrame()) {
                Page alone = page.context().newPage();
                if (frame.url().startsWith("http")) {
                    alone.navigate(frame.url());
                } else {
                    alone.setContent(frame.content());
                }
                violations.addAll(violations(alone).stream().map(line -> "in a frame: " + line).toList());
                alone.close();
            }
        }
        assertThat(violations).as(() -> page.url() + ":\n" + String.join("\n", violations)).isEmpty();
    }

    /**
     * The serious and critical violations in the page's own document, one line each. Legacy mode runs axe-core in
     * the page alone: the default also opens a blank page for every scan to merge the results of its frames, which
     * made each scan four times as slow (2.5 s against 0.6 s here), so {@link #assertAccessible} scans frames itself.
     */
    private static List<String> violations(Page page) {
        return new AxeBuilder(page).setLegacyMode(true).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    /**
     * How much wider than the window the page is, once it has drawn at the window's width (two animation frames after
     * a resize), and the element that reaches furthest right.
     */
    private static final String OVERFLOW = """
            () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
              let widest = '', right = 0;
              for (const element of document.body.querySelectorAll('*')) {
                const edge = element.getBoundingClientRect().right;
                if (edge > right) {
                  right = edge;
                  widest = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + (typeof element.className === 'string' && element.className.trim()
                          ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
                }
              }
              const root = document.documentElement;
              done({overflow: root.scrollWidth - root.clientWidth, widest});
            })))""";

    /**
     * No horizontal scrolling at 320 CSS px; the page is given its own size back after. Measured again for up to two
     * seconds while the page is still wider, as Playwright's own assertions retry: a page that does not reflow stays
     * wider, one caught between two states (a CI run once saw 224 px, once) does not. The failure names the widest
     * element.
     */
    static void assertReflows(Page page) {
        var size = page.viewportSize();
        page.setViewportSize(320, 800);
        try {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
            Map<?, ?> measured = (Map<?, ?>) page.evaluate(OVERFLOW);
            while (((Number) measured.get("overflow")).intValue() > 0 && System.nanoTime() < deadline) {
                page.waitForTimeout(200);
                measured = (Map<?, ?>) page.evaluate(OVERFLOW);
            }
            assertThat(((Number) measured.get("overflow")).intValue())
                    .as(page.url() + " reflows at 320 px (reaching furthest: " + measured.get("widest") + ")")
                    .isLessThanOrEqualTo(0);
        } finally {
            page.setViewportSize(size.width, size.height);
        }
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
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
