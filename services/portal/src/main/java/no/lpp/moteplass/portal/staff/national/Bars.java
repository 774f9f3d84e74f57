package no.lpp.moteplass.portal.staff.national;

import java.util.List;
import java.util.Map;

/**
 * A bar chart as the dashboard draws it: a table of figures (what screen readers and the keyboard get) with a bar
 * beside each figure for the eye. A suppressed figure (too few people to show) has no value and no bar.
 *
 * @param percent the bar's length against the longest bar in the chart
 */
public record Bars(String caption, List<Bar> bars) {

    public record Bar(String label, Integer value, int percent) {

        public boolean suppressed() {
            return value == null;
        }
    }

    /** @param labels the services' codes → the words shown; an unknown code is shown as it is */
    static Bars of(String caption, List<ReportApi.Report.Count> counts, Map<String, String> labels) {
        int longest = counts.stream().filter(count -> count.count() != null)
                .mapToInt(ReportApi.Report.Count::count).max().orElse(0);
        return new Bars(caption, counts.stream().map(count -> new Bar(labels.getOrDefault(count.key(), count.key()),
                count.count(), percent(count.count(), longest))).toList());
    }

    static int percent(Integer value, int longest) {
        return value == null || longest == 0 ? 0 : Math.round(100f * value / longest);
    }
}
