package no.lpp.moteplass.meeting.planning;

import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.meetings.MeetingState;

/**
 * Who came, counted: checked-in registrations by category and by relation or sector ({@code OTHER} when neither),
 * never who. The registration feature keeps the check-ins and implements this; planning counts them through it when a
 * meeting is marked held, as it reads seat counts through {@link SeatCounts.Source}.
 */
public interface CheckIns {

    List<MeetingState.Attendance> counted(UUID meetingId);
}
