package no.lpp.moteplass.partnership.organization;

/** The kinds of organisation MØTEPLASS works with. */
public enum OrganizationType {
    /** Regionalt helseforetak. */
    REGIONAL_HEALTH_AUTHORITY,
    /** Helseforetak (HF). */
    HEALTH_TRUST,
    HOSPITAL,
    /** Distriktspsykiatrisk senter. */
    DPS,
    /** Lærings- og mestringssenter. */
    LEARNING_AND_MASTERY_UNIT,
    MUNICIPALITY,
    LPP_NATIONAL,
    LPP_LOCAL_CHAPTER,
    /** Brukerstyrt senter. */
    USER_RUN_CENTRE,
    OTHER_SUPPORTER
}
