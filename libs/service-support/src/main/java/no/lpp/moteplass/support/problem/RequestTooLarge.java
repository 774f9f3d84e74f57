package no.lpp.moteplass.support.problem;

import java.io.IOException;

/** Thrown while reading a request body that turns out larger than the limit; answered with 413. */
public class RequestTooLarge extends IOException {

    public static final String DETAIL = "Forespørselen er for stor.";

    public RequestTooLarge() {
        super(DETAIL);
    }
}
