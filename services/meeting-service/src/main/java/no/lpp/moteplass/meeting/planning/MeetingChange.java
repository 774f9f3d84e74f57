package no.lpp.moteplass.meeting.planning;

/**
 * A change to a meeting that its registrants must learn of, published by {@link PlanningDesk} in the change's own
 * transaction. Listeners are plain {@code @EventListener}s, which run in that transaction: what they write (the
 * registrants' emails) commits or rolls back with the change, and planning need not know who listens.
 */
public sealed interface MeetingChange {

    Meeting meeting();

    /** Moved to another time or place: its SEQUENCE has gone up. */
    record Rescheduled(Meeting meeting) implements MeetingChange {
    }

    /** It will not take place. */
    record Cancelled(Meeting meeting) implements MeetingChange {
    }
}
