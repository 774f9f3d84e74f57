package no.lpp.moteplass.knowledge.report;

import java.util.List;

/**
 * A report as CSV for spreadsheets: one row per figure (section, key, value), UTF-8 with a byte order mark so Excel
 * reads æ, ø and å right. A suppressed cell reads "&lt;N" where N is the minimum group size.
 */
public final class ReportCsv {

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
        cells(csv, "deltakere", List.of(report.participants().relatives(), report.participants().professionals()),
                report.minimumGroupSize());
        cells(csv, "parorende_etter_relasjon", report.participants().relativesByRelation(), report.minimumGroupSize());
        cells(csv, "fagfolk_etter_sektor", report.participants().professionalsBySector(), report.minimumGroupSize());
        cells(csv, "tema", report.themes(), report.minimumGroupSize());
        cells(csv, "tilbakemeldinger", List.of(report.feedback().responses()), report.minimumGroupSize());
        row(csv, "tilbakemeldinger", "nytte", number(report.feedback().usefulness()));
        row(csv, "tilbakemeldinger", "ble_hort", number(report.feedback().feltHeard()));
        row(csv, "tilbakemeldinger", "laerte_om_tjenester", number(report.feedback().learnedAboutServices()));
        row(csv, "tilbakemeldinger", "vil_anbefale_andel", number(report.feedback().wouldRecommendShare()));
        cells(csv, "innsikt_etter_tjenesteomrade", report.insightsByServiceArea(), report.minimumGroupSize());
        cells(csv, "oppfolging_status", report.followUpOutcomes(), report.minimumGroupSize());
        return csv.toString();
    }

    private static void cells(StringBuilder csv, String section, List<Report.Count> counts, int minimum) {
        for (Report.Count count : counts) {
            row(csv, section, count.key(), count.suppressed() ? "<" + minimum : String.valueOf(count.count()));
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
