package no.lpp.moteplass.contracts;

import java.time.ZoneId;

/**
 * Meetings, agreements, certifications and reports happen in Norwegian time, whatever zone a server runs in: a meeting
 * at 18.00 is at 18.00 in Oslo in winter and summer, and "this year" turns at midnight in Oslo.
 */
public final class Norway {

    /** The zone's name, for annotations that take a string ({@code @Scheduled(zone = Norway.ZONE_NAME)}). */
    public static final String ZONE_NAME = "Europe/Oslo";

    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

    private Norway() {
    }
}
