package no.lpp.moteplass.meeting.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.contracts.meetings.MeetingEvents;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.meeting.directory.Directory;
import no.lpp.moteplass.meeting.directory.KnownTeam;
import no.lpp.moteplass.meeting.theme.Theme;
import no.lpp.moteplass.meeting.theme.Themes;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.ETags;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, publishes, reschedules, cancels and closes meetings; publishing checks readiness and eligibility from the
 * directory, and every change registrants must know of is published as a {@link MeetingChange} in the same
 * transaction, where the notification feature queues their emails.
 */
@Service
public class PlanningDesk {

    static final String AGGREGATE = "meeting";

    private final Meetings meetings;
    private final Themes themes;
    private final Directory directory;
    private final Outbox outbox;
    private final ChangeHistory history;
    private final ApplicationEventPublisher events;
    private final SeatCounts.Source seats;
    private final CheckIns checkIns;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanningDesk(Meetings meetings, Themes themes, Directory directory, Outbox outbox, ChangeHistory history,
            ApplicationEventPublisher events, SeatCounts.Source seats, CheckIns checkIns, JdbcClient jdbc,
            Clock clock) {
        this.seats = seats;
        this.checkIns = checkIns;
        this.meetings = meetings;
        this.themes = themes;
        this.directory = directory;
        this.outbox = outbox;
        this.history = history;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Meeting plan(UUID teamId, UUID themeId, Meeting.Details details, String by) {
        return plan(teamId, themeId, details, clock.instant(), by);
    }

    /** Demo data only: a meeting planned as if on an earlier day, so the demo can show one that was held. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Meeting planForDemo(UUID teamId, UUID themeId, Meeting.Details details, Instant asOf, String by) {
        return plan(teamId, themeId, details, asOf, by);
    }

    /**
     * A meeting is led by professionals of the team that plans it: nobody can put another organisation's people on
     * their meeting (and so let them see it).
     */
    private Meeting plan(UUID teamId, UUID themeId, Meeting.Details details, Instant now, String by) {
        KnownTeam team = directory.team(teamId)
                .orElseThrow(() -> new DomainRuleViolation("Teamet " + teamId + " er ukjent."));
        themes.find(themeId).orElseThrow(() -> new DomainRuleViolation("Temaet " + themeId + " finnes ikke."));
        List<UUID> outsiders = details.facilitatorIds().stream()
                .filter(person -> !team.professionalIds().contains(person)).toList();
        if (!outsiders.isEmpty()) {
            throw new DomainRuleViolation("Fasilitator " + outsiders + " er ikke fagperson i teamet. Et møte ledes av"
                    + " to fagpersoner fra teamet som holder det.");
        }
        Meeting meeting = Meeting.plan(teamId, themeId, details, now, by);
        meetings.add(meeting);
        history.record(AGGREGATE, meeting.id(), "PLANNED", by, state(meeting));
        return meeting;
    }

    @Transactional
    public Meeting publish(UUID id, long version, String by) {
        Meeting meeting = current(id, version);
        KnownTeam team = directory.team(meeting.teamId()).orElseThrow();
        Meeting published = meeting.publish(team.isReady(), ineligibleFacilitators(meeting, team), clock.instant());
        meetings.update(published);
        history.record(AGGREGATE, id, "PUBLISHED", by, state(published));
        outbox.publish(MeetingEvents.MEETING_PUBLISHED, state(published));
        return published;
    }

    /**
     * Moves a meeting to another time or place. A published meeting's facilitators must be eligible on the new date too;
     * everyone registered is told, and calendars see a higher SEQUENCE.
     */
    @Transactional
    public Meeting reschedule(UUID id, long version, Meeting.Schedule schedule, String by) {
        Meeting moved = current(id, version).reschedule(schedule, clock.instant());
        if (moved.status() == MeetingStatus.PUBLISHED) {
            List<UUID> ineligible = ineligibleFacilitators(moved, directory.team(moved.teamId()).orElseThrow());
            if (!ineligible.isEmpty()) {
                throw new DomainRuleViolation("Fasilitator " + ineligible + " har ikke gyldig fasilitatorsertifisering"
                        + " på den nye datoen.");
            }
        }
        meetings.update(moved);
        history.record(AGGREGATE, id, "RESCHEDULED", by, state(moved));
        if (moved.status() == MeetingStatus.PUBLISHED) {
            events.publishEvent(new MeetingChange.Rescheduled(moved));
            outbox.publish(MeetingEvents.MEETING_RESCHEDULED, state(moved));
        }
        return moved;
    }

    @Transactional
    public Meeting cancel(UUID id, long version, String by) {
        Meeting cancelled = current(id, version).cancel(clock.instant());
        meetings.update(cancelled);
        history.record(AGGREGATE, id, "CANCELLED", by, state(cancelled));
        events.publishEvent(new MeetingChange.Cancelled(cancelled));
        outbox.publish(MeetingEvents.MEETING_CANCELLED, state(cancelled));
        return cancelled;
    }

    /**
     * Marks the meeting held and counts who came: checked-in registrations by category and relation/sector, plus those
     * who came without registering.
     */
    @Transactional
    public Meeting hold(UUID id, long version, List<MeetingState.Attendance> walkIns, String by) {
        Meeting held = current(id, version).hold(clock.instant());
        meetings.update(held);
        // The checked-in registrations, counted by the registration feature, then those who came without registering.
        for (MeetingState.Attendance came : Stream.concat(checkIns.counted(id).stream(), walkIns.stream()).toList()) {
            jdbc.sql("""
                    insert into attendance (meeting_id, category, grp, count) values (?, ?, ?, ?)
                    on conflict (meeting_id, category, grp) do update set count = attendance.count + excluded.count
                    """).params(id, came.category(), came.group(), came.count()).update();
        }
        MeetingState state = state(held);
        history.record(AGGREGATE, id, "HELD", by, state);
        outbox.publish(MeetingEvents.MEETING_HELD, state);
        return held;
    }

    /** The meeting's public state with registration counts: ids and numbers, never who registered. */
    public MeetingState state(Meeting meeting) {
        return stateFor(meeting).apply(seats.of(meeting.id()));
    }

    /**
     * The meeting's state for counts known later, with everything else looked up now: a registration asks before it
     * takes its seat, so nothing is read while it holds the meeting's seat counts.
     */
    public Function<SeatCounts, MeetingState> stateFor(Meeting meeting) {
        List<MeetingState.Attendance> attendance = meeting.status() == MeetingStatus.HELD ? attendance(meeting.id()) : null;
        String theme = themes.find(meeting.themeId()).map(Theme::title).orElse(null);
        return counts -> new MeetingState(meeting.id(), meeting.teamId(), meeting.themeId(), meeting.status().name(),
                meeting.details().startsAt().toInstant(), meeting.details().capacity(), counts.confirmed(),
                counts.waitlisted(), attendance, theme, meeting.details().facilitatorIds(), meeting.changedAt());
    }

    public List<MeetingState.Attendance> attendance(UUID meetingId) {
        return jdbc.sql("select category, grp, count from attendance where meeting_id = ? order by category, grp")
                .param(meetingId).query((rs, row) -> new MeetingState.Attendance(rs.getString("category"),
                        rs.getString("grp"), rs.getInt("count"))).list();
    }

    /** Each facilitator must be a professional on the team, certified as facilitator on the meeting's date. */
    private List<UUID> ineligibleFacilitators(Meeting meeting, KnownTeam team) {
        var day = meeting.details().startsAt().withZoneSameInstant(Norway.ZONE).toLocalDate();
        return meeting.details().facilitatorIds().stream()
                .filter(person -> !team.professionalIds().contains(person) || !directory.isCertifiedFacilitator(person, day))
                .toList();
    }

    private Meeting current(UUID id, long version) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("møte", id));
        if (meeting.version() != version) {
            throw ETags.stale();
        }
        return meeting;
    }
}
