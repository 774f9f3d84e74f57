package no.lpp.moteplass.support.problem;

/** The requested resource does not exist, or the caller may not know that it does. Answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("Fant ikke " + what + " med id " + id);
    }
}
