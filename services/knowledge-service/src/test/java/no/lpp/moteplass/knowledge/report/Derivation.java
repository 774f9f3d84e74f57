package no.lpp.moteplass.knowledge.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The attacker: works out what it can about hidden counts from a shown total and the shown counts, by narrowing each
 * hidden count's interval (at least 1, since zero is shown as zero) until nothing changes. A hidden count whose interval
 * closes to one value is given away.
 */
final class Derivation {

    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private Derivation() {
    }

    /** The keys of the hidden cells this table gives away; empty when it protects them all. */
    static List<String> givenAway(Report.Count total, List<Report.Count> cells) {
        List<Report.Count> hidden = cells.stream().filter(Report.Count::suppressed).toList();
        if (total.suppressed() || hidden.isEmpty()) {
            return List.of();
        }
        long rest = total.count() - cells.stream().filter(c -> !c.suppressed()).mapToLong(Report.Count::count).sum();
        long[] lo = new long[hidden.size()];
        long[] hi = new long[hidden.size()];
        Arrays.fill(lo, 1);
        Arrays.fill(hi, UNBOUNDED);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < hidden.size(); i++) {
                long othersLo = 0;
                long othersHi = 0;
                for (int j = 0; j < hidden.size(); j++) {
                    if (j != i) {
                        othersLo += lo[j];
                        othersHi = Math.min(UNBOUNDED, othersHi + hi[j]);
                    }
                }
                long newHi = Math.min(hi[i], rest - othersLo);
                long newLo = othersHi >= UNBOUNDED ? lo[i] : Math.max(lo[i], rest - othersHi);
                if (newHi != hi[i] || newLo != lo[i]) {
                    hi[i] = newHi;
                    lo[i] = newLo;
                    changed = true;
                }
            }
        }
        List<String> away = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            if (lo[i] == hi[i]) {
                away.add(hidden.get(i).key() + "=" + lo[i]);
            }
        }
        return away;
    }
}
