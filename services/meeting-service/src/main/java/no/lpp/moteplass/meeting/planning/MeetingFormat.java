package no.lpp.moteplass.meeting.planning;

import java.time.Duration;
import java.time.ZonedDateTime;
import no.lpp.moteplass.contracts.Norway;

/**
 * The concept's fixed format, computed from the start: professionals meet 30 minutes before to prepare the theme,
 * the meeting lasts 2.5 hours including a break (food before the start and in the break), and professionals stay 30
 * minutes after to summarise what came up.
 */
public record MeetingFormat(ZonedDateTime preMeetingStarts, ZonedDateTime meetingStarts, ZonedDateTime meetingEnds,
        ZonedDateTime postMeetingEnds) {

    static final Duration PRE_MEETING = Duration.ofMinutes(30);
    static final Duration MEETING = Duration.ofMinutes(150);
    static final Duration POST_MEETING = Duration.ofMinutes(30);

    public static MeetingFormat startingAt(ZonedDateTime start) {
        ZonedDateTime local = start.withZoneSameInstant(Norway.ZONE);
        ZonedDateTime end = local.plus(MEETING);
        return new MeetingFormat(local.minus(PRE_MEETING), local, end, end.plus(POST_MEETING));
    }
}
