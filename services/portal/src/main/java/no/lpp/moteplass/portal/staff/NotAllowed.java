package no.lpp.moteplass.portal.staff;

/**
 * A form the signed-in role may not submit: refused before it is shown, so nobody fills in what can never be saved.
 * The services decide again on every submission; this only spares people the wasted effort.
 */
public class NotAllowed extends RuntimeException {

    NotAllowed() {
        super("Ingen tilgang");
    }
}
