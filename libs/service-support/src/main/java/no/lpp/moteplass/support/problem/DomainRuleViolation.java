package no.lpp.moteplass.support.problem;

/**
 * A well-formed request that breaks a rule of the MØTEPLASS concept (e.g. publishing a meeting without two eligible
 * facilitators). Answered with 422 and the rule's message, which must say what to do about it.
 */
public class DomainRuleViolation extends RuntimeException {

    public DomainRuleViolation(String message) {
        super(message);
    }
}
