package no.lpp.moteplass.team.roster;

/**
 * The inputs of the readiness rule, as of one day.
 *
 * @param activeAgreement        one of the hosts is party to an active agreement
 * @param certifiedFacilitators  professional members holding a valid facilitator certification
 * @param trainedRelatives       relative members holding a valid basic-training certification
 */
public record Readiness(boolean activeAgreement, long certifiedFacilitators, long trainedRelatives) {

    static final int FACILITATORS_NEEDED = 2;
    static final int RELATIVES_NEEDED = 1;

    /** The status a team in {@code current} status has under these inputs. */
    TeamStatus statusFor(TeamStatus current) {
        if (current == TeamStatus.DISSOLVED) {
            return TeamStatus.DISSOLVED;
        }
        if (!activeAgreement) {
            return TeamStatus.SUSPENDED;
        }
        return certifiedFacilitators >= FACILITATORS_NEEDED && trainedRelatives >= RELATIVES_NEEDED
                ? TeamStatus.READY
                : TeamStatus.FORMING;
    }
}
