package no.lpp.moteplass.testsupport;

/** A piece of test infrastructure is not there; the message says what is missing and how to provide it. */
public class MissingInfrastructure extends IllegalStateException {

    public MissingInfrastructure(String what, String howToProvide, Throwable cause) {
        super(what + "\n  How to fix: " + howToProvide, cause);
    }
}
