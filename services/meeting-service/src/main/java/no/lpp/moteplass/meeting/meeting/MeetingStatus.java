package no.lpp.moteplass.meeting.meeting;

public enum MeetingStatus {
    DRAFT, PUBLISHED, HELD, CANCELLED
}
