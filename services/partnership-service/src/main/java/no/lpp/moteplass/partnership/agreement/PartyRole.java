package no.lpp.moteplass.partnership.agreement;

import java.util.List;

/** The roles in an agreement, each with the commitments the MØTEPLASS concept gives it by default. */
public enum PartyRole {
    LPP(List.of(
            "Lærer opp MØTEPLASS-teamet i konseptet, kostnadsfritt.",
            "Støtter teamet underveis når møtene gjennomføres.")),
    PARTNER(List.of(
            "Stiller med fagpersoner som læres opp i konseptet.",
            "Koordinerer og leder møtene.",
            "Tar læringen fra møtene med tilbake til egne tjenester.")),
    SUPPORTER(List.of(
            "Bidrar lokalt med å gjøre møtene kjent og med erfaringsrepresentanter."));

    private final List<String> defaultCommitments;

    PartyRole(List<String> defaultCommitments) {
        this.defaultCommitments = defaultCommitments;
    }

    public List<String> defaultCommitments() {
        return defaultCommitments;
    }
}
