package no.lpp.moteplass.portal.staff.national;

import java.util.List;

/**
 * Meetings held per half-year against what the agreements aim for (two to three per team and half-year): a bar for the
 * meetings held and a mark where the target is, both against the larger of the two figures.
 */
public record HalfYearBars(String label, int held, int target, int heldPercent, int targetPercent) {

    public boolean reached() {
        return held >= target;
    }

    static List<HalfYearBars> of(List<ReportApi.Report.HalfYear> halfYears) {
        int longest = halfYears.stream().mapToInt(h -> Math.max(h.held(), h.target())).max().orElse(0);
        return halfYears.stream().map(h -> new HalfYearBars(label(h.halfYear()), h.held(), h.target(),
                Bars.percent(h.held(), longest), Bars.percent(h.target(), longest))).toList();
    }

    /** "2026-H1" → "1. halvår 2026" */
    static String label(String halfYear) {
        String[] parts = halfYear.split("-H");
        return parts.length == 2 ? parts[1] + ". halvår " + parts[0] : halfYear;
    }
}
