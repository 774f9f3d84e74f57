package no.lpp.moteplass.team.training;

public enum EnrolmentStatus {
    /** Has a place. */
    ENROLLED,
    /** Waiting for a place; the first in line moves up when someone cancels. */
    WAITLISTED,
    CANCELLED
}
