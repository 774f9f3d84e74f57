package no.lpp.moteplass.contracts;

import java.util.Map;

/**
 * The Norwegian title of every RFC 9457 problem the platform answers with, by status: the same words whether the
 * gateway, a service or the portal answers, so a client can show the title as it is.
 */
public final class ProblemTitles {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Ugyldig forespørsel"),
            Map.entry(401, "Ikke innlogget"),
            Map.entry(403, "Ingen tilgang"),
            Map.entry(404, "Ikke funnet"),
            Map.entry(405, "Metoden er ikke tillatt"),
            Map.entry(406, "Kan ikke svare i ønsket format"),
            Map.entry(409, "Konflikt"),
            Map.entry(412, "Ressursen er endret av noen andre"),
            Map.entry(413, "For stor forespørsel"),
            Map.entry(415, "Ukjent innholdstype"),
            Map.entry(422, "Brudd på regel"),
            Map.entry(428, "Mangler If-Match"),
            Map.entry(429, "For mange forespørsler"),
            Map.entry(500, "Intern feil"),
            Map.entry(502, "Feil hos en bakenforliggende tjeneste"),
            Map.entry(503, "Tjenesten er midlertidig utilgjengelig"),
            Map.entry(504, "Tjenesten svarte ikke i tide"));

    private ProblemTitles() {
    }

    /** The title for {@code status}: Norwegian where the platform uses the status, else a plain "Feil" (error). */
    public static String of(int status) {
        return TITLES.getOrDefault(status, "Feil");
    }
}
