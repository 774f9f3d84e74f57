package no.lpp.moteplass.portal.staff;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.lpp.moteplass.web.security.KeycloakClaims;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is signed in, from the token the portal has verified (see PortalSecurity): what the pages show and which links
 * and forms they offer. The services decide again on every call, with the same token.
 */
public record SignedIn(String name, List<String> roles, Set<String> organizations) {

    static SignedIn of(Jwt token) {
        String name = Objects.requireNonNullElse(token.getClaimAsString("name"),
                Objects.requireNonNullElse(token.getClaimAsString("preferred_username"), "deg"));
        return new SignedIn(name, KeycloakClaims.realmRoles(token), KeycloakClaims.organizations(token));
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Coordinators and LPP's administrators plan and publish meetings. */
    public boolean plansMeetings() {
        return is("coordinator") || is("lpp-admin");
    }

    /** LPP's national administrators: the register, the theme catalogue, the national figures. */
    public boolean administers() {
        return is("lpp-admin");
    }

    /** LPP's trainers and administrators run the courses. */
    public boolean trains() {
        return is("lpp-trainer") || is("lpp-admin");
    }

    /** Shows a form only to a role that may submit it (see {@link NotAllowed}). */
    public void mayUse(boolean form) {
        if (!form) {
            throw new NotAllowed();
        }
    }
}
