package no.lpp.moteplass.knowledge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hides counts of people small enough to point at someone (primary suppression: 1 to {@code minimum − 1}), and then
 * enough of the other counts that no hidden one can be worked out from the total and what is shown (complementary
 * suppression). Zero is shown: it identifies nobody, and it tells a reader that every hidden cell is at least 1.
 *
 * <p>So, given a shown total, the hidden cells' sum S is known and each hidden cell lies between 1 and S − (k − 1)
 * for k hidden cells: it can be pinned down exactly when k = 1, or when S = k (all ones). Those cases hide the smallest
 * further count; where none is left, the total is hidden too. A hidden count is never labelled "fewer than 5":
 * a count hidden to protect another may well be larger.
 */
final class Suppression {

    /** A count and the counts that add up to it, as they may be shown. */
    record Table(Report.Count total, List<Report.Count> cells) {
    }

    private final int minimum;

    Suppression(int minimum) {
        this.minimum = minimum;
    }

    /** One count on its own, such as the number of feedback responses. */
    Report.Count single(String key, int n) {
        return small(n) ? hidden(key) : shown(key, n);
    }

    /** Cells, in the order given, with the total they add up to. */
    Table table(String totalKey, List<Map.Entry<String, Integer>> cells) {
        int total = cells.stream().mapToInt(Map.Entry::getValue).sum();
        boolean[] hide = new boolean[cells.size()];
        for (int i = 0; i < hide.length; i++) {
            hide[i] = small(cells.get(i).getValue());
        }
        boolean hideTotal = small(total);
        while (!hideTotal && derivable(cells, hide)) {
            int next = smallestShownNonZero(cells, hide);
            if (next < 0) {
                hideTotal = true;
            } else {
                hide[next] = true;
            }
        }
        List<Report.Count> shown = new ArrayList<>();
        for (int i = 0; i < hide.length; i++) {
            var cell = cells.get(i);
            shown.add(hide[i] ? hidden(cell.getKey()) : shown(cell.getKey(), cell.getValue()));
        }
        return new Table(hideTotal ? hidden(totalKey) : shown(totalKey, total), shown);
    }

    private static boolean derivable(List<Map.Entry<String, Integer>> cells, boolean[] hide) {
        int hidden = 0;
        int sum = 0;
        for (int i = 0; i < hide.length; i++) {
            if (hide[i]) {
                hidden++;
                sum += cells.get(i).getValue();
            }
        }
        return hidden == 1 || (hidden > 1 && sum == hidden);
    }

    private static int smallestShownNonZero(List<Map.Entry<String, Integer>> cells, boolean[] hide) {
        int smallest = -1;
        for (int i = 0; i < hide.length; i++) {
            int n = cells.get(i).getValue();
            if (!hide[i] && n > 0 && (smallest < 0 || n < cells.get(smallest).getValue())) {
                smallest = i;
            }
        }
        return smallest;
    }

    private boolean small(int n) {
        return n > 0 && n < minimum;
    }

    private static Report.Count hidden(String key) {
        return new Report.Count(key, null, true);
    }

    private static Report.Count shown(String key, int n) {
        return new Report.Count(key, n, false);
    }
}
