package no.lpp.moteplass.portal.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lpp.moteplass.portal.web.NorwegianTime;

/**
 * One page of the front page's list: at a national scale hundreds of meetings are upcoming, so a page shows
 * {@value #SIZE} of them, grouped under the month they are held in, with links to the other pages.
 *
 * @param months month heading ("januar 2027") → that month's meetings on this page, in the listing's order
 * @param number this page, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many meetings match, on all pages
 */
public record MeetingsPage(Map<String, List<Meeting>> months, int number, int pages, int total) {

    static final int SIZE = 10;

    /** The page asked for; a number past the end shows the last page, anything else that is not a page the first. */
    static MeetingsPage of(List<Meeting> meetings, String asked, NorwegianTime time) {
        int pages = Math.max(1, (meetings.size() + SIZE - 1) / SIZE);
        int number = Math.min(pages, Math.max(1, parse(asked)));
        Map<String, List<Meeting>> months = new LinkedHashMap<>();
        for (Meeting meeting : meetings.subList((number - 1) * SIZE, Math.min(meetings.size(), number * SIZE))) {
            months.computeIfAbsent(time.month(meeting.startsAt()), month -> new java.util.ArrayList<>()).add(meeting);
        }
        return new MeetingsPage(months, number, pages, meetings.size());
    }

    private static int parse(String asked) {
        if (asked == null || !asked.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Integer.parseInt(asked);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}
