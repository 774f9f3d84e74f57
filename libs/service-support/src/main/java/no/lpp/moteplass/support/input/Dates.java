package no.lpp.moteplass.support.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates any request may carry, whatever the field: this century. Nothing MØTEPLASS plans, signs or records lies
 * outside it, and beyond it dates stop fitting PostgreSQL, iCalendar (four-digit years) and people's expectations.
 * Each domain narrows this further (a meeting is planned from today to a few years ahead).
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    static final String OUT_OF_RANGE = "må være en dato mellom år 2000 og 2099";

    private Dates() {
    }

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean isPlausible(Instant instant) {
        return isPlausible(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }
}
