package no.lpp.moteplass.knowledge.report;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The annual report as XHTML for {@link AnnualReportPdf}: one h1, an h2 per section, figures in tables with header
 * cells, so the tagged PDF reads in this order to a screen reader. The same sections and suppression as before and as
 * the JSON report. Every value is escaped: organisation, team and theme names come from users, and openhtmltopdf
 * parses the page as XML, where a stray {@code <} or {@code &} would break the report or change its meaning.
 */
final class AnnualReportHtml {

    static final String FONT = "Liberation Sans";
    /** The same font under its own name for the chart (see {@link AnnualReportPdf}). */
    static final String CHART_FONT = "Liberation Sans Chart";
    static final String CHART_FONT_URL = "font:LiberationSans-Regular.ttf";
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private AnnualReportHtml() {
    }

    static String title(Report report) {
        return "Årsrapport Pårørende MØTEPLASS " + report.year();
    }

    static String of(Report report) {
        StringBuilder body = new StringBuilder();
        body.append("""
                <h1>%s</h1>
                <p>Til Helsedirektoratet, fra LPP. Omfang: %s.</p>
                <p class="note">Tall for personer under %s vises ikke (skjult), heller ikke tall som ville avslørt
                dem.</p>
                """.formatted(html(title(report)), html(report.name()), report.minimumGroupSize()));
        meetings(body, report);
        body.append("<h2>Team og partnere</h2>\n");
        body.append(rowTable(null, List.of(
                new String[] {"Team som holdt møter", String.valueOf(report.teams())},
                new String[] {"Partnere med samarbeidsavtale", String.valueOf(report.partners())})));
        participants(body, report.participants());
        body.append("<h2>Tema</h2>\n");
        body.append(counts("Møter per tema", "Tema", "Møter", report.themes(), Function.identity(),
                "Ingen møter holdt i år."));
        feedback(body, report);
        body.append("<h2>Innsikt og oppfølging</h2>\n");
        body.append(counts("Innsikt etter tjenesteområde", "Tjenesteområde", "Innsikter",
                report.insightsByServiceArea(), Labels::of, "Ingen innsikt fra publiserte oppsummeringer i år."));
        body.append(counts("Oppfølging av innsikten", "Status", "Antall", report.followUpOutcomes(), Labels::of,
                "Ingen oppfølging registrert i år."));
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nb" xml:lang="nb">
                <head>
                <meta charset="UTF-8"/>
                <title>%s</title>
                <meta name="author" content="LPP – Landsforeningen for pårørende innen psykisk helse"/>
                <meta name="subject" content="Årsrapport til Helsedirektoratet"/>
                <style>%s</style>
                </head>
                <body>
                %s</body>
                </html>
                """.formatted(html(title(report)), STYLE, body);
    }

    private static void meetings(StringBuilder body, Report report) {
        body.append("<h2>Møter</h2>\n");
        StringBuilder rows = new StringBuilder();
        for (Report.HalfYear half : report.meetingsPerHalfYear()) {
            rows.append("<tr><th scope=\"row\">%s</th><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n"
                    .formatted(html(halfYear(half.halfYear())), half.held(), half.target()));
        }
        body.append("""
                <table>
                <caption>Møter holdt per halvår, mot målet etter avtalene</caption>
                <thead><tr><th scope="col">Halvår</th><th scope="col" class="n">Møter holdt</th>\
                <th scope="col" class="n">Mål etter avtalene</th></tr></thead>
                <tbody>
                %s</tbody>
                </table>
                """.formatted(rows));
        body.append(MeetingsChart.svg(report.meetingsPerHalfYear()));
    }

    private static void participants(StringBuilder body, Report.Participants participants) {
        body.append("<h2>Deltakere</h2>\n");
        body.append(breakdown("Pårørende etter relasjon", "Relasjon", "Antall", participants.relativesByRelation(),
                Labels::of, "Pårørende i alt", participants.relatives()));
        body.append(breakdown("Fagfolk etter sektor", "Sektor", "Antall", participants.professionalsBySector(),
                Labels::of, "Fagfolk i alt", participants.professionals()));
    }

    private static void feedback(StringBuilder body, Report report) {
        Report.FeedbackSummary feedback = report.feedback();
        body.append("<h2>Tilbakemeldinger fra deltakerne</h2>\n");
        if (feedback.usefulness() == null) {
            body.append(rowTable(null, List.<String[]>of(new String[] {"Svar", value(feedback.responses())})));
            body.append("<p class=\"note\">Gjennomsnitt vises bare når minst %s har svart.</p>\n"
                    .formatted(report.minimumGroupSize()));
            return;
        }
        body.append(rowTable("Gjennomsnitt på skala 1–5 og andel som vil anbefale møtene", List.of(
                new String[] {"Svar", value(feedback.responses())},
                new String[] {"Nytte", decimal(feedback.usefulness())},
                new String[] {"Ble hørt", decimal(feedback.feltHeard())},
                new String[] {"Lærte om tjenestene", decimal(feedback.learnedAboutServices())},
                new String[] {"Vil anbefale MØTEPLASS", percent(feedback.wouldRecommendShare())})));
    }

    /** Counts of people by group, their total as the table's foot. */
    private static String breakdown(String caption, String keyHeader, String countHeader, List<Report.Count> counts,
            Function<String, String> label, String totalLabel, Report.Count total) {
        String foot = "<tfoot>\n<tr><th scope=\"row\">%s</th><td class=\"n\">%s</td></tr>\n</tfoot>\n"
                .formatted(html(totalLabel), html(value(total)));
        return table(caption, keyHeader, countHeader, counts, label, foot);
    }

    /** Counts of things, or a sentence saying there were none (an empty table tells a screen reader nothing). */
    private static String counts(String caption, String keyHeader, String countHeader, List<Report.Count> counts,
            Function<String, String> label, String none) {
        return counts.isEmpty() ? "<p>%s</p>\n".formatted(html(none))
                : table(caption, keyHeader, countHeader, counts, label, "");
    }

    private static String table(String caption, String keyHeader, String countHeader, List<Report.Count> counts,
            Function<String, String> label, String foot) {
        StringBuilder rows = new StringBuilder();
        for (Report.Count count : counts) {
            rows.append("<tr><th scope=\"row\">%s</th><td class=\"n\">%s</td></tr>\n"
                    .formatted(html(label.apply(count.key())), html(value(count))));
        }
        return """
                <table>
                <caption>%s</caption>
                <thead><tr><th scope="col">%s</th><th scope="col" class="n">%s</th></tr></thead>
                <tbody>
                %s</tbody>
                %s</table>
                """.formatted(html(caption), html(keyHeader), html(countHeader),
                rows.isEmpty() ? "<tr><td colspan=\"2\">Ingen</td></tr>\n" : rows, foot);
    }

    /** A figure per row, its name as the row's header. */
    private static String rowTable(String caption, List<String[]> rows) {
        StringBuilder html = new StringBuilder("<table class=\"facts\">\n");
        if (caption != null) {
            html.append("<caption>").append(html(caption)).append("</caption>\n");
        }
        html.append("<tbody>\n");
        for (String[] row : rows) {
            html.append("<tr><th scope=\"row\">%s</th><td class=\"n\">%s</td></tr>\n".formatted(html(row[0]),
                    html(row[1])));
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    static String value(Report.Count count) {
        return count.suppressed() ? ReportCsv.HIDDEN : String.valueOf(count.count());
    }

    /** 2025-H1 reads as "1. halvår 2025". */
    static String halfYear(String code) {
        String[] parts = code.split("-H");
        return parts.length == 2 ? parts[1] + ". halvår " + parts[0] : code;
    }

    /** 4.5 reads as "4,5", as in Norwegian (the JSON report's averages are already rounded to two decimals). */
    static String decimal(Double value) {
        NumberFormat format = NumberFormat.getNumberInstance(NORWEGIAN);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A share as whole percent, with a no-break space so "%" never starts a line. */
    static String percent(Double share) {
        return Math.round(share * 100) + "\u00A0%";
    }

    /**
     * Escapes for XHTML text and attribute values, and drops what XML 1.0 cannot hold at all (control characters, lone
     * surrogates): such a character in a user's name would otherwise stop the whole report from rendering.
     */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A4 with room to bind, one embedded font throughout (the page numbers too: PDF/UA forbids unembedded fonts). */
    private static final String STYLE = """
            @font-face { font-family: '%2$s'; src: url(%3$s); }
            @page {
              size: A4;
              margin: 22mm 20mm 24mm 22mm;
              @bottom-right {
                content: "Side " counter(page) " av " counter(pages);
                font-family: '%1$s'; font-size: 8.5pt; color: #4a4a4a;
              }
              @bottom-left {
                content: "Pårørende MØTEPLASS – LPP";
                font-family: '%1$s'; font-size: 8.5pt; color: #4a4a4a;
              }
            }
            body { font-family: '%1$s'; font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; margin: 0; }
            h1 { font-size: 20pt; line-height: 1.2; color: #0b3d5c; margin: 0 0 4mm 0; }
            h2 { font-size: 13.5pt; color: #0b3d5c; margin: 7mm 0 2.5mm 0; padding-bottom: 1mm;
                 border-bottom: 0.75pt solid #0b3d5c; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            p.note { font-size: 9.5pt; color: #3d3d3d; }
            table { width: 100%%; border-collapse: collapse; margin: 0 0 5mm 0; page-break-inside: avoid; }
            caption { text-align: left; font-weight: bold; padding: 0 0 1.5mm 0; }
            th, td { text-align: left; vertical-align: top; padding: 1.3mm 2mm; border-bottom: 0.5pt solid #c3ccd3; }
            th { font-weight: normal; }
            thead th { font-weight: bold; background-color: #e6edf2; border-bottom: 0.75pt solid #0b3d5c; }
            tfoot th, tfoot td { font-weight: bold; border-top: 0.75pt solid #0b3d5c; }
            .n { text-align: right; width: 30%%; }
            table.facts th { width: 70%%; }
            svg { display: block; margin: 0 0 5mm 0; }
            """.formatted(FONT, CHART_FONT, CHART_FONT_URL);
}
