package no.lpp.moteplass.knowledge.report;

import java.util.List;

/**
 * A report as CSV for spreadsheets: one row per figure (section, key, value), UTF-8 with a byte order mark so Excel
 * reads æ, ø and å right. A suppressed cell reads "skjult": it is either small or hidden to protect a small one.
 */
public final class ReportCsv {

    static final String HIDDEN = "skjult";

    private ReportCsv() {
    }

    public static String of(Report report) {
        StringBuilder csv = new StringBuilder("\uFEFFseksjon,nokkel,verdi\r\n");
        row(csv, "omfang", report.scope(), report.name());
        row(csv, "ar", "ar", String.valueOf(report.year()));
        for (Report.HalfYear half : report.meetingsPerHalfYear()) {
            row(csv, "moter_holdt", half.halfYear(), String.valueOf(half.held()));
            row(csv, "moter_mal", half.halfYear(), String.valueOf(half.target()));
        }
        row(csv, "team", "med_moter", String.valueOf(report.teams()));
        row(csv, "partnere", "med_avtale", String.valueOf(report.partners()));
        cells(csv, "deltakere", List.of(report.participants().relatives(), report.participants().professionals()));
        cells(csv, "parorende_etter_relasjon", report.participants().relativesByRelation());
        cells(csv, "fagfolk_etter_sektor", report.participants().professionalsBySector());
        cells(csv, "tema", report.themes());
        cells(csv, "tilbakemeldinger", List.of(report.feedback().responses()));
        row(csv, "tilbakemeldinger", "nytte", number(report.feedback().usefulness()));
        row(csv, "tilbakemeldinger", "ble_hort", number(report.feedback().feltHeard()));
        row(csv, "tilbakemeldinger", "laerte_om_tjenester", number(report.feedback().learnedAboutServices()));
        row(csv, "tilbakemeldinger", "vil_anbefale_andel", number(report.feedback().wouldRecommendShare()));
        cells(csv, "innsikt_etter_tjenesteomrade", report.insightsByServiceArea());
        cells(csv, "oppfolging_status", report.followUpOutcomes());
        return csv.toString();
    }

    private static void cells(StringBuilder csv, String section, List<Report.Count> counts) {
        for (Report.Count count : counts) {
            row(csv, section, count.key(), count.suppressed() ? HIDDEN : String.valueOf(count.count()));
        }
    }

    private static String number(Double value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static void row(StringBuilder csv, String section, String key, String value) {
        csv.append(field(section)).append(',').append(field(key)).append(',').append(field(value)).append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    private static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
