package no.lpp.moteplass.support.problem;

/** Too many are doing the same thing right now and this one waited its turn too long. Answered 503 with Retry-After. */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message);
    }
}
