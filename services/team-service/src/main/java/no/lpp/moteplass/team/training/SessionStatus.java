package no.lpp.moteplass.team.training;

public enum SessionStatus {
    PLANNED, COMPLETED, CANCELLED
}
