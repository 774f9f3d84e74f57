package no.lpp.moteplass.local;

/**
 * A piece of infrastructure the platform needs is not there (PostgreSQL, the Keycloak distribution, a built jar); the
 * message says what is missing and how to provide it. The launcher and the tests report it the same way.
 */
public class MissingInfrastructure extends IllegalStateException {

    public MissingInfrastructure(String what, String howToProvide, Throwable cause) {
        super(what + "\n  How to fix: " + howToProvide, cause);
    }
}
