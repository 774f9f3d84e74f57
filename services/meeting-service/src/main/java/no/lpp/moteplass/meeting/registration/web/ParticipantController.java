package no.lpp.moteplass.meeting.registration.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lpp.moteplass.meeting.access.MeetingAccess;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.Meetings;
import no.lpp.moteplass.meeting.registration.Participant;
import no.lpp.moteplass.meeting.registration.Participants;
import no.lpp.moteplass.meeting.registration.RegistrationDesk;
import no.lpp.moteplass.support.audit.AuditLog;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participant list and check-in on the day: only for the meeting's facilitators, its team's coordinators and LPP
 * administrators, and every read and check-in written to the audit log.
 */
@RestController
@RequestMapping("/api/meetings/meetings/{meetingId}/participants")
class ParticipantController {

    static final String RECORD = "meeting";

    private final Meetings meetings;
    private final Participants participants;
    private final RegistrationDesk desk;
    private final MeetingAccess access;
    private final AuditLog audit;

    ParticipantController(Meetings meetings, Participants participants, RegistrationDesk desk, MeetingAccess access,
            AuditLog audit) {
        this.meetings = meetings;
        this.participants = participants;
        this.desk = desk;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping
    @Transactional
    Page<Participant> list(@PathVariable UUID meetingId, @Valid PageRequest page) {
        Caller caller = mayRun(meetingId);
        audit.record(caller, "PARTICIPANTS_READ", RECORD, meetingId);
        return participants.of(meetingId, page);
    }

    @PutMapping("/{registrationId}/check-in")
    @Transactional
    ResponseEntity<Void> checkIn(@PathVariable UUID meetingId, @PathVariable UUID registrationId) {
        return checkIn(meetingId, registrationId, true);
    }

    @DeleteMapping("/{registrationId}/check-in")
    @Transactional
    ResponseEntity<Void> undoCheckIn(@PathVariable UUID meetingId, @PathVariable UUID registrationId) {
        return checkIn(meetingId, registrationId, false);
    }

    private ResponseEntity<Void> checkIn(UUID meetingId, UUID registrationId, boolean present) {
        Caller caller = mayRun(meetingId);
        if (!desk.checkIn(meetingId, registrationId, present)) {
            throw new NotFoundException("påmelding", registrationId);
        }
        audit.record(caller, present ? "CHECKED_IN" : "CHECK_IN_UNDONE", "registration", registrationId);
        return ResponseEntity.noContent().build();
    }

    private Caller mayRun(UUID meetingId) {
        Caller caller = Caller.current();
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("møte", meetingId));
        access.requireMayRun(caller, meeting);
        return caller;
    }
}
