package no.lpp.moteplass.team.roster;

public enum MemberKind {
    /** A professional (fagperson) from a partner's services. */
    PROFESSIONAL,
    /** A relative (pårørende) taking part as experience representative. */
    RELATIVE
}
