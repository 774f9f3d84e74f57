package no.lpp.moteplass.support.problem;

/** A change was sent without {@code If-Match}, so it could overwrite someone else's. Answered with 428. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
