package no.lpp.moteplass.support.security;

/** The realm roles defined in Keycloak realm {@code moteplass}, as Spring Security authorities. */
public final class Roles {

    public static final String LPP_ADMIN = "lpp-admin";
    public static final String LPP_TRAINER = "lpp-trainer";
    public static final String COORDINATOR = "coordinator";
    public static final String FACILITATOR = "facilitator";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
