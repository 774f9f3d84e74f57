package no.lpp.moteplass.knowledge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Complementary suppression, tried on generated tables: whatever the counts, no hidden count can be worked out from
 * the total and the shown ones, nothing from 1 to 4 is shown, and what is shown is exact. The seed is printed; rerun
 * a failure with {@code -Dmoteplass.seed=<seed>}.
 */
class SuppressionTest {

    private static final int MINIMUM = 5;
    private final Suppression suppression = new Suppression(MINIMUM);

    @Test
    void noHiddenCountCanBeWorkedOutInAnyGeneratedTable() {
        long seed = Long.getLong("moteplass.seed", 20261201L);
        System.out.println("SuppressionTest seed " + seed + " (rerun with -Dmoteplass.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int table = 0; table < 20_000; table++) {
            List<Map.Entry<String, Integer>> cells = randomCells(random);
            Suppression.Table shown = suppression.table("TOTAL", cells);

            String context = "seed " + seed + ", table " + cells;
            assertThat(Derivation.givenAway(shown.total(), shown.cells())).as(context).isEmpty();
            for (int i = 0; i < cells.size(); i++) {
                Report.Count cell = shown.cells().get(i);
                int n = cells.get(i).getValue();
                assertThat(cell.key()).isEqualTo(cells.get(i).getKey());
                if (n > 0 && n < MINIMUM) {
                    assertThat(cell.suppressed()).as(context).isTrue();
                }
                if (!cell.suppressed()) {
                    assertThat(cell.count()).as(context).isEqualTo(n);
                }
            }
        }
    }

    /** The national dashboard once showed 26 relatives as 13 + 10 + "fewer than 5": the hidden cell was 3. */
    @Test
    void theDashboardsTwentySixRelativesNoLongerGiveAwayTheThree() {
        Suppression.Table shown = suppression.table("RELATIVE",
                List.of(Map.entry("PARENT", 13), Map.entry("SIBLING", 10), Map.entry("CHILD", 3)));

        assertThat(shown.total().count()).isEqualTo(26);
        assertThat(shown.cells()).filteredOn(Report.Count::suppressed).extracting(Report.Count::key)
                .containsExactlyInAnyOrder("SIBLING", "CHILD");
        assertThat(Derivation.givenAway(shown.total(), shown.cells())).isEmpty();
    }

    @Test
    void hiddenOnesAreProtectedByALargerCountAndAllOnesWithoutOneByTheTotal() {
        Suppression.Table ones = suppression.table("T", List.of(Map.entry("A", 1), Map.entry("B", 1),
                Map.entry("C", 20)));
        Suppression.Table onlyOnes = suppression.table("T", List.of(Map.entry("A", 1), Map.entry("B", 1),
                Map.entry("C", 1), Map.entry("D", 1), Map.entry("E", 1)));

        assertThat(ones.cells()).allMatch(Report.Count::suppressed);
        assertThat(onlyOnes.total().suppressed()).isTrue();
    }

    private static List<Map.Entry<String, Integer>> randomCells(Random random) {
        int size = 1 + random.nextInt(9);
        List<Map.Entry<String, Integer>> cells = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int kind = random.nextInt(10);
            int n = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(MINIMUM - 1) : MINIMUM + random.nextInt(40);
            cells.add(Map.entry("K" + i, n));
        }
        return cells;
    }
}
