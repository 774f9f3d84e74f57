package no.lpp.moteplass.meeting.meeting;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.meetings.MeetingEvents;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.meeting.directory.Directory;
import no.lpp.moteplass.meeting.directory.KnownTeam;
import no.lpp.moteplass.meeting.theme.Themes;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.ETags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans, publishes and cancels meetings; publishing checks readiness and eligibility from the directory. */
@Service
public class MeetingPlanning {

    static final String AGGREGATE = "meeting";

    private final Meetings meetings;
    private final Themes themes;
    private final Directory directory;
    private final Outbox outbox;
    private final ChangeHistory history;
    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingPlanning(Meetings meetings, Themes themes, Directory directory, Outbox outbox, ChangeHistory history,
            JdbcClient jdbc, Clock clock) {
        this.meetings = meetings;
        this.themes = themes;
        this.directory = directory;
        this.outbox = outbox;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Meeting plan(UUID teamId, UUID themeId, Meeting.Details details, String by) {
        directory.team(teamId).orElseThrow(() -> new DomainRuleViolation("Teamet " + teamId + " er ukjent."));
        themes.find(themeId).orElseThrow(() -> new DomainRuleViolation("Temaet " + themeId + " finnes ikke."));
        Meeting meeting = Meeting.plan(teamId, themeId, details, clock.instant(), by);
        meetings.add(meeting);
        history.record(AGGREGATE, meeting.id(), "PLANNED", by, state(meeting));
        return meeting;
    }

    @Transactional
    public Meeting publish(UUID id, long version, String by) {
        Meeting meeting = current(id, version);
        KnownTeam team = directory.team(meeting.teamId()).orElseThrow();
        var day = meeting.details().startsAt().withZoneSameInstant(MeetingFormat.NORWAY).toLocalDate();
        List<UUID> ineligible = meeting.details().facilitatorIds().stream()
                .filter(person -> !team.professionalIds().contains(person) || !directory.isCertifiedFacilitator(person, day))
                .toList();
        Meeting published = meeting.publish(team.isReady(), ineligible, clock.instant());
        meetings.update(published);
        history.record(AGGREGATE, id, "PUBLISHED", by, state(published));
        outbox.publish(MeetingEvents.MEETING_PUBLISHED, state(published));
        return published;
    }

    @Transactional
    public Meeting cancel(UUID id, long version, String by) {
        Meeting cancelled = current(id, version).cancel(clock.instant());
        meetings.update(cancelled);
        history.record(AGGREGATE, id, "CANCELLED", by, state(cancelled));
        outbox.publish(MeetingEvents.MEETING_CANCELLED, state(cancelled));
        return cancelled;
    }

    /** The meeting's public state with registration counts: ids and numbers, never who. */
    public MeetingState state(Meeting meeting) {
        int confirmed = count(meeting.id(), "CONFIRMED");
        int waitlisted = count(meeting.id(), "WAITLISTED");
        return new MeetingState(meeting.id(), meeting.teamId(), meeting.themeId(), meeting.status().name(),
                meeting.details().startsAt().toInstant(), meeting.details().capacity(), confirmed, waitlisted,
                meeting.changedAt());
    }

    private int count(UUID meetingId, String status) {
        return jdbc.sql("select count(*) from registration where meeting_id = ? and status = ?")
                .params(meetingId, status).query(Integer.class).single();
    }

    private Meeting current(UUID id, long version) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("møte", id));
        if (meeting.version() != version) {
            throw ETags.stale();
        }
        return meeting;
    }
}
