package no.lpp.moteplass.contracts.meetings;

import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Topics;

/** The meetings service's event contracts. */
public final class MeetingEvents {

    public static final EventContract<MeetingState> MEETING_PUBLISHED = meeting("published");
    public static final EventContract<MeetingState> MEETING_RESCHEDULED = meeting("rescheduled");
    public static final EventContract<MeetingState> MEETING_CANCELLED = meeting("cancelled");
    /** The meeting took place; carries the attendance counts. */
    public static final EventContract<MeetingState> MEETING_HELD = meeting("held");
    /** Only the latest counts matter, so a burst of registrations may reach consumers as its last event. */
    public static final EventContract<MeetingState> REGISTRATIONS_CHANGED =
            meeting("registrations-changed").asLatestState();

    private MeetingEvents() {
    }

    private static EventContract<MeetingState> meeting(String change) {
        return new EventContract<>(Topics.MEETINGS_MEETING, "moteplass.meetings.meeting." + change + ".v1",
                MeetingState.class, state -> state.meetingId().toString());
    }
}
