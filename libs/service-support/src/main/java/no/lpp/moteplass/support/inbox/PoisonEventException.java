package no.lpp.moteplass.support.inbox;

/**
 * A record that can never be processed however often it is retried (no CloudEvents id, unreadable JSON, an unknown
 * required field missing). It goes straight to the dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
