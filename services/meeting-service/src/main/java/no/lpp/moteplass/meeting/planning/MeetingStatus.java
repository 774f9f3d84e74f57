package no.lpp.moteplass.meeting.planning;

public enum MeetingStatus {
    DRAFT, PUBLISHED, HELD, CANCELLED
}
