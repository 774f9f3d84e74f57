package no.lpp.moteplass.knowledge.report;

import static no.lpp.moteplass.knowledge.report.AnnualReportHtml.halfYear;
import static no.lpp.moteplass.knowledge.report.AnnualReportHtml.html;

import java.util.List;
import java.util.Locale;

/**
 * Meetings held against the agreements' target per half-year, as an inline SVG bar chart for the annual report. The
 * tagged PDF makes it a figure whose alternative text says the same figures in words, so a screen reader gets them
 * without the picture. Held is a filled bar and the target an outlined one, so the chart does not rely on colour.
 */
final class MeetingsChart {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 210;
    private static final int LEFT = 40;
    private static final int TOP = 34;
    private static final int BOTTOM = 34;
    private static final int BAR = 56;
    private static final String INK = "#0b3d5c";

    private MeetingsChart() {
    }

    static String svg(List<Report.HalfYear> halves) {
        int max = Math.max(1, halves.stream().mapToInt(h -> Math.max(h.held(), h.target())).max().orElse(1));
        int step = step(max);
        int top = (max + step - 1) / step * step;
        double plot = HEIGHT - TOP - BOTTOM;
        double base = TOP + plot;
        StringBuilder svg = new StringBuilder();
        // openhtmltopdf takes a replaced element's alt attribute, even an svg's, as the figure's alternative text.
        svg.append(f("""
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" alt="%s" \
                font-family="%s" font-size="12" fill="#1a1a1a">
                """, WIDTH, HEIGHT, WIDTH, HEIGHT, html(alt(halves)), AnnualReportHtml.CHART_FONT));
        for (int tick = 0; tick <= top; tick += step) {
            double y = base - plot * tick / top;
            svg.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c3ccd3\""
                    + " stroke-width=\"0.8\"/>\n", LEFT, y, WIDTH - 10, y));
            svg.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n", LEFT - 6, y + 4, tick));
        }
        double group = (WIDTH - LEFT - 10.0) / Math.max(1, halves.size());
        for (int i = 0; i < halves.size(); i++) {
            Report.HalfYear half = halves.get(i);
            double centre = LEFT + group * i + group / 2;
            bar(svg, centre - BAR - 4, base, plot * half.held() / top, half.held(), true);
            bar(svg, centre + 4, base, plot * half.target() / top, half.target(), false);
            svg.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\">%s</text>\n", centre,
                    base + 20, html(halfYear(half.halfYear()))));
        }
        svg.append(f("""
                <rect x="%d" y="6" width="12" height="12" fill="%s"/>
                <text x="%d" y="16">Møter holdt</text>
                <rect x="%d" y="6.5" width="11" height="11" fill="#ffffff" stroke="%s" stroke-width="1.5"/>
                <text x="%d" y="16">Mål etter avtalene</text>
                </svg>
                """, LEFT, INK, LEFT + 18, LEFT + 120, INK, LEFT + 138));
        return svg.toString();
    }

    /** The chart in words: what a screen reader reads instead of the picture. */
    static String alt(List<Report.HalfYear> halves) {
        StringBuilder alt = new StringBuilder("Stolpediagram: møter holdt mot målet etter avtalene, per halvår.");
        for (Report.HalfYear half : halves) {
            alt.append(' ').append(halfYear(half.halfYear())).append(": ").append(half.held())
                    .append(" møter holdt, mål ").append(half.target()).append('.');
        }
        return alt.toString();
    }

    private static void bar(StringBuilder svg, double x, double base, double height, int value, boolean filled) {
        svg.append(filled
                ? f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>\n", x, base - height, BAR,
                        height, INK)
                : f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#ffffff\" stroke=\"%s\""
                        + " stroke-width=\"1.5\"/>\n", x + 0.75, base - height + 0.75, BAR - 1,
                        Math.max(0, height - 1.5), INK));
        svg.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n", x + BAR / 2.0,
                base - height - 5, value));
    }

    /** SVG wants a decimal point whatever the server's locale: a Norwegian one would write 12,5 and break it. */
    private static String f(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    /** A round step for about four grid lines: 1, 2, 5, 10, 20, 50 … */
    private static int step(int max) {
        int step = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (m * step * 4 >= max) {
                    return m * step;
                }
            }
            step *= 10;
        }
    }
}
