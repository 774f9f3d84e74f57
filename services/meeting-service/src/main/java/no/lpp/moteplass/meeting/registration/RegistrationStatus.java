package no.lpp.moteplass.meeting.registration;

/** Where a registration stands; stored by name in {@code registration.status}. */
public enum RegistrationStatus {
    /** Has a seat. */
    CONFIRMED,
    /** On the waiting list, in order of registration; promoted when a seat it fits frees up. */
    WAITLISTED,
    /** Cancelled by the registrant (or by erasing their data); the seat, if any, went to the next who fits. */
    CANCELLED
}
