package no.lpp.moteplass.partnership.organization;

/** Norway's four health regions. */
public enum HealthRegion {
    NORD, MIDT, VEST, SOR_OST
}
