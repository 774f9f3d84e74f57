package no.lpp.moteplass.support.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one step to each candidate a job found due. Each step runs in its own transaction, locks its item and checks
 * again that it is still due (another replica may have been faster); one failing item never stops the others, and
 * the next run tries it again.
 */
public final class DueItems {

    private static final Logger log = LoggerFactory.getLogger(DueItems.class);

    private DueItems() {
    }

    /** Returns how many items the step changed. */
    public static int changeEach(String job, List<UUID> candidates, LocalDate day, BiPredicate<UUID, LocalDate> step) {
        int changed = 0;
        for (UUID id : candidates) {
            try {
                if (step.test(id, day)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("{} could not process {}; the next run tries again: {}", job, id, e.toString());
            }
        }
        return changed;
    }
}
