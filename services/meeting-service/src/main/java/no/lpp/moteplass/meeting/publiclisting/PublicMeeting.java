package no.lpp.moteplass.meeting.publiclisting;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.Meetings;

/**
 * A meeting as the public sees it: what relatives need to decide and find their way there. Relatives see the meeting
 * itself, not the professionals' pre- and post-meetings. The hosts are the organisations behind the meeting's team
 * (who arranges it); the theme id lets a listing be filtered by theme.
 */
public record PublicMeeting(UUID id, String title, String description, UUID themeId, String theme, String team,
        String locality, List<Meetings.Host> hosts, String venueName, String venueAddress, String accessibilityNotes,
        String onlineLink, ZonedDateTime startsAt, ZonedDateTime endsAt, String status, boolean registrationOpen) {

    public static PublicMeeting of(Meetings.DescribedMeeting listed, java.time.Instant now) {
        Meeting m = listed.meeting();
        var format = m.format();
        return new PublicMeeting(m.id(), m.details().title(), m.details().description(), m.themeId(),
                listed.themeTitle(), listed.teamName(), listed.locality(), listed.hosts(), m.details().venueName(),
                m.details().venueAddress(), m.details().accessibilityNotes(), m.details().onlineLink(),
                format.meetingStarts(), format.meetingEnds(), m.status().name(), m.isOpenForRegistration(now));
    }
}
