package no.lpp.moteplass.portal.staff;

/** A staff page reached without the user's token (the gateway relays it once the user has logged in). */
class NotSignedIn extends RuntimeException {

    NotSignedIn() {
        super("Ikke logget inn");
    }
}
