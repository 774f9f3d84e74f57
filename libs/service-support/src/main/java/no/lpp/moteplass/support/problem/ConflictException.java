package no.lpp.moteplass.support.problem;

/** The request clashes with the current state, e.g. a duplicate name. Answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
