package no.lpp.moteplass.partnership.agreement;

public enum AgreementStatus {
    /** Being written or signed. */
    DRAFT,
    /** Every party has signed and the period has begun. */
    ACTIVE,
    /** The period has ended. */
    EXPIRED,
    /** Ended early, with a reason. */
    TERMINATED
}
