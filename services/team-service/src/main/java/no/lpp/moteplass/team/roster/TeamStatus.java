package no.lpp.moteplass.team.roster;

public enum TeamStatus {
    /** Being put together or trained. */
    FORMING,
    /** May run meetings. */
    READY,
    /** No host has an active agreement any more; restored when one does. */
    SUSPENDED,
    /** Ended for good. */
    DISSOLVED
}
