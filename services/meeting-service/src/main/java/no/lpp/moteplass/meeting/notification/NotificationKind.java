package no.lpp.moteplass.meeting.notification;

/** Why a registrant gets an email. */
enum NotificationKind {
    /** Right after registering: confirmed or on the waiting list, with the manage link. */
    CONFIRMATION,
    /** Two days before the meeting. */
    REMINDER,
    /** Someone cancelled and the registrant moved from the waiting list to a seat. */
    PROMOTION,
    /** The meeting moved to another time or place. */
    RESCHEDULE,
    /** The meeting will not take place. */
    CANCELLATION
}
