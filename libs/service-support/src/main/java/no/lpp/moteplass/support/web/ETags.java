package no.lpp.moteplass.support.web;

import no.lpp.moteplass.support.problem.PreconditionFailedException;
import no.lpp.moteplass.support.problem.PreconditionRequiredException;

/**
 * Optimistic locking over HTTP: a resource's {@code ETag} is its version; a change must send it back in
 * {@code If-Match}, and a version that is no longer current gets 412.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client last saw, from {@code If-Match}. */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match med ETag-verdien fra siste henting, så ingen andres endringer overskrives.");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " er ikke en gjeldende versjon.");
        }
    }

    /** Raised when the stored version is no longer the one the client saw. */
    public static PreconditionFailedException stale() {
        return new PreconditionFailedException(
                "Noen andre har endret dette siden du hentet det. Hent siste versjon og prøv igjen.");
    }
}
