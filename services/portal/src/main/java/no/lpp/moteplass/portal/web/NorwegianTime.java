package no.lpp.moteplass.portal.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.lpp.moteplass.contracts.Norway;
import org.springframework.stereotype.Component;

/**
 * Dates and times as Norwegians write them, in Norwegian time whatever the server's zone: "tirsdag 12. januar 2027",
 * "kl. 18.00". Templates use it as {@code @tid}.
 */
@Component("tid")
public class NorwegianTime {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", BOKMAL);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d. MMM", BOKMAL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", BOKMAL);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", BOKMAL);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", BOKMAL);

    public String day(ZonedDateTime time) {
        return DAY.format(time.withZoneSameInstant(Norway.ZONE));
    }

    public String shortDay(ZonedDateTime time) {
        return SHORT_DAY.format(time.withZoneSameInstant(Norway.ZONE));
    }

    /** "12. januar 2027" */
    public String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "januar 2027" (the month as a heading: the standalone form) */
    public String month(ZonedDateTime time) {
        return MONTH.format(time.withZoneSameInstant(Norway.ZONE));
    }

    /** "kl. 18.00" */
    public String time(ZonedDateTime time) {
        return "kl. " + TIME.format(time.withZoneSameInstant(Norway.ZONE));
    }

    /** "kl. 18.00–20.30" */
    public String span(ZonedDateTime start, ZonedDateTime end) {
        return "kl. " + TIME.format(start.withZoneSameInstant(Norway.ZONE)) + "–" + TIME.format(end.withZoneSameInstant(Norway.ZONE));
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(ZonedDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withZoneSameInstant(Norway.ZONE));
    }
}
