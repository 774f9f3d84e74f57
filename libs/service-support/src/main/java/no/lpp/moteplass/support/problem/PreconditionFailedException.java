package no.lpp.moteplass.support.problem;

/** The client's {@code If-Match} names a version someone else has already changed. Answered with 412. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
