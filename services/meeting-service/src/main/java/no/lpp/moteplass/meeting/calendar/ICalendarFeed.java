package no.lpp.moteplass.meeting.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.MeetingStatus;
import no.lpp.moteplass.meeting.planning.Meetings;

/**
 * Writes meetings as an RFC 5545 calendar that Outlook and Google Calendar subscribe to: Europe/Oslo as a VTIMEZONE,
 * a stable UID per meeting, and a cancelled meeting kept as STATUS:CANCELLED with a higher SEQUENCE so subscribed
 * calendars remove it rather than silently keep it. No METHOD: the feed and the emails' attachment are plain calendars,
 * not iTIP scheduling messages (which would need an ORGANIZER and a matching Content-Type method).
 */
public final class ICalendarFeed {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final String UID_DOMAIN = "@moteplass.lpp.no";

    private ICalendarFeed() {
    }

    public static String of(List<Meetings.DescribedMeeting> meetings, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//LPP//Pårørende MØTEPLASS//NO");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:Pårørende MØTEPLASS");
        line(ics, "X-WR-TIMEZONE:Europe/Oslo");
        timezone(ics);
        for (Meetings.DescribedMeeting listed : meetings) {
            event(ics, listed, now);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void event(StringBuilder ics, Meetings.DescribedMeeting listed, Instant now) {
        Meeting m = listed.meeting();
        var format = m.format();
        if (!expressible(format.meetingStarts()) || !expressible(format.meetingEnds())) {
            return; // RFC 5545 dates have four-digit years; one such meeting must not spoil the feed for everyone
        }
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + m.id() + UID_DOMAIN);
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "LAST-MODIFIED:" + UTC.format(m.changedAt()));
        line(ics, "SEQUENCE:" + m.sequence());
        line(ics, "DTSTART;TZID=Europe/Oslo:" + LOCAL.format(format.meetingStarts()));
        line(ics, "DTEND;TZID=Europe/Oslo:" + LOCAL.format(format.meetingEnds()));
        line(ics, "SUMMARY:" + text("MØTEPLASS: " + m.details().title()));
        line(ics, "DESCRIPTION:" + text("Tema: " + listed.themeTitle() + "\n"
                + (m.details().description() == null ? "" : m.details().description() + "\n")
                + "Gratis møte for pårørende og fagfolk. Enkel servering før start og i pausen."
                + (m.details().onlineLink() == null ? "" : "\nNettmøte: " + m.details().onlineLink())));
        String location = m.details().venueName() == null ? m.details().onlineLink()
                : m.details().venueName() + (m.details().venueAddress() == null ? "" : ", " + m.details().venueAddress());
        if (location != null) {
            line(ics, "LOCATION:" + text(location));
        }
        line(ics, "STATUS:" + (m.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
    }

    /** Europe/Oslo: CET in winter, CEST from the last Sunday of March to the last Sunday of October. */
    private static void timezone(StringBuilder ics) {
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:Europe/Oslo");
        line(ics, "BEGIN:DAYLIGHT");
        line(ics, "TZOFFSETFROM:+0100");
        line(ics, "TZOFFSETTO:+0200");
        line(ics, "TZNAME:CEST");
        line(ics, "DTSTART:19700329T020000");
        line(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line(ics, "END:DAYLIGHT");
        line(ics, "BEGIN:STANDARD");
        line(ics, "TZOFFSETFROM:+0200");
        line(ics, "TZOFFSETTO:+0100");
        line(ics, "TZNAME:CET");
        line(ics, "DTSTART:19701025T030000");
        line(ics, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
    }

    private static boolean expressible(TemporalAccessor time) {
        int year = time.get(ChronoField.YEAR);
        return year >= 1 && year <= 9999;
    }

    /** RFC 5545 TEXT escaping; other control characters, which TEXT may not hold, are left out. */
    private static String text(String value) {
        String escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
        return escaped.codePoints().filter(cp -> !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int start = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > (start == 0 ? 75 : 74)) {
                ics.append(content, start, i).append("\r\n ");
                start = i;
                octets = 0;
            }
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(content.substring(start)).append("\r\n");
    }
}
