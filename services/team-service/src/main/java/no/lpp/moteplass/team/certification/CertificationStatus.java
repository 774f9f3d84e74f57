package no.lpp.moteplass.team.certification;

public enum CertificationStatus {
    VALID, EXPIRED, REVOKED
}
