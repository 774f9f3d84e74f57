package no.lpp.moteplass.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.portal.web.NorwegianTime;
import org.junit.jupiter.api.Test;

/**
 * The front page stays short however many meetings are announced: every meeting is on exactly one page, in the
 * listing's order, under its own month; anything asked that is not a page shows a page. Generated (seed printed;
 * replay with -Dpages.seed=).
 */
class MeetingsPageTest {

    private static final NorwegianTime TIME = new NorwegianTime();

    @Test
    void everyMeetingIsOnExactlyOnePageUnderItsMonth() {
        long seed = Long.getLong("pages.seed", System.nanoTime());
        System.out.println("MeetingsPageTest seed " + seed + " (replay with -Dpages.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            List<Meeting> meetings = meetings(random.nextInt(120), random);
            MeetingsPage first = MeetingsPage.of(meetings, null, TIME);
            List<Meeting> seen = new ArrayList<>();
            for (int number = 1; number <= first.pages(); number++) {
                MeetingsPage page = MeetingsPage.of(meetings, Integer.toString(number), TIME);
                assertThat(page.number()).isEqualTo(number);
                int shown = page.months().values().stream().mapToInt(List::size).sum();
                assertThat(shown).as("seed %d", seed).isBetween(meetings.isEmpty() ? 0 : 1, MeetingsPage.SIZE);
                page.months().forEach((month, inMonth) -> inMonth.forEach(m ->
                        assertThat(TIME.month(m.startsAt())).as("seed %d", seed).isEqualTo(month)));
                page.months().values().forEach(seen::addAll);
            }
            assertThat(seen).as("seed %d", seed).containsExactlyElementsOf(meetings);
            assertThat(first.total()).isEqualTo(meetings.size());
        }
    }

    @Test
    void whatIsNotAPageShowsTheFirstOrTheLast() {
        List<Meeting> meetings = meetings(25, new Random(1));
        for (String asked : new String[] {null, "", "0", "-1", "en", "1e3", "99999999999999"}) {
            assertThat(MeetingsPage.of(meetings, asked, TIME).number()).as(asked).isEqualTo(1);
        }
        assertThat(MeetingsPage.of(meetings, "7", TIME).number()).isEqualTo(3);
        assertThat(MeetingsPage.of(List.of(), "2", TIME).pages()).isEqualTo(1);
    }

    /** Meetings in the listing's order (by start), a few days apart, so months hold several and pages cross months. */
    private static List<Meeting> meetings(int count, Random random) {
        List<Meeting> meetings = new ArrayList<>();
        ZonedDateTime start = ZonedDateTime.of(2027, 1, 1, 18, 0, 0, 0, Norway.ZONE);
        for (int i = 0; i < count; i++) {
            start = start.plusDays(random.nextInt(6));
            meetings.add(new Meeting(UUID.randomUUID(), "Møte " + i, null, UUID.randomUUID(), "Tema", "Team", "Bergen",
                    List.of(), "Sted", null, null, null, start, start.plusHours(2), "PUBLISHED", true));
        }
        return meetings;
    }
}
