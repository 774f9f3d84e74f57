package no.lpp.moteplass.support.security;

import java.util.Set;
import java.util.TreeSet;
import no.lpp.moteplass.web.security.KeycloakClaims;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the token's subject, realm roles and the Keycloak organisations (aliases) the caller belongs to.
 *
 * @param subject       the token subject (a Keycloak user or service-account id)
 * @param roles         realm roles, e.g. {@code lpp-admin}
 * @param organizations Keycloak organisation aliases from the {@code organization} claim
 * @param client        the OAuth client the token was issued to ({@code azp}), e.g. a hospital intranet's
 */
public record Caller(String subject, Set<String> roles, Set<String> organizations, String client) {

    /** The caller of the current request; fails if there is none (a programming error behind the security chain). */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("No authenticated JWT caller in this context");
        }
        return of(token.getToken());
    }

    public static Caller of(Jwt jwt) {
        return new Caller(jwt.getSubject(), new TreeSet<>(KeycloakClaims.realmRoles(jwt)),
                KeycloakClaims.organizations(jwt), jwt.getClaimAsString("azp"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String organizationAlias) {
        return organizations.contains(organizationAlias);
    }
}
