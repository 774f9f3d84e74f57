package no.lpp.moteplass.meeting.registration;

import java.util.UUID;

/**
 * A change to a registration that the registrant must learn of, published by {@link RegistrationDesk} in the change's
 * own transaction. Listeners are plain {@code @EventListener}s, which run in that transaction: what they write (the
 * registrant's email) commits or rolls back with the change, and the desk need not know who listens.
 */
public sealed interface RegistrationChange {

    UUID registrationId();

    /** The meeting's iCalendar SEQUENCE at the time of the change. */
    int sequence();

    /** Whether the registrant gave an email address; someone who gave only a mobile number gets no email. */
    boolean hasEmail();

    /**
     * Registered, with a seat or on the waiting list (decided later in the same transaction). The manage token is
     * here, for the confirmation, and nowhere else: only its hash is stored.
     */
    record Registered(UUID registrationId, int sequence, boolean hasEmail, String manageToken)
            implements RegistrationChange {
    }

    /** Moved from the waiting list to a seat that a cancellation freed. */
    record Promoted(UUID registrationId, int sequence, boolean hasEmail) implements RegistrationChange {
    }
}
