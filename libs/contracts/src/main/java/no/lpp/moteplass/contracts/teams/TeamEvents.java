package no.lpp.moteplass.contracts.teams;

import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Topics;

/** The teams and training service's event contracts. */
public final class TeamEvents {

    public static final EventContract<TeamState> TEAM_FORMED = team("formed");
    public static final EventContract<TeamState> TEAM_CHANGED = team("changed");
    public static final EventContract<TeamState> TEAM_DISSOLVED = team("dissolved");

    public static final EventContract<CertificationState> CERTIFICATION_ISSUED = certification("issued");
    public static final EventContract<CertificationState> CERTIFICATION_REVOKED = certification("revoked");
    public static final EventContract<CertificationState> CERTIFICATION_EXPIRED = certification("expired");

    private TeamEvents() {
    }

    private static EventContract<TeamState> team(String change) {
        return new EventContract<>(Topics.TEAMS_TEAM, "moteplass.teams.team." + change + ".v1", TeamState.class,
                state -> state.teamId().toString());
    }

    private static EventContract<CertificationState> certification(String change) {
        return new EventContract<>(Topics.TEAMS_CERTIFICATION, "moteplass.teams.certification." + change + ".v1",
                CertificationState.class, state -> state.certificationId().toString());
    }
}
