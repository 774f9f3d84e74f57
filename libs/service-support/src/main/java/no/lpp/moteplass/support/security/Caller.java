package no.lpp.moteplass.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        return new Caller(jwt.getSubject(), new TreeSet<>(RealmRoleConverter.realmRoles(jwt)), organizations(jwt),
                jwt.getClaimAsString("azp"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String organizationAlias) {
        return organizations.contains(organizationAlias);
    }

    /** Keycloak writes the claim as a list of aliases, or as a map keyed by alias when attributes are added. */
    private static Set<String> organizations(Jwt jwt) {
        Object claim = jwt.getClaims().get("organization");
        Collection<?> aliases = switch (claim) {
            case Collection<?> list -> list;
            case Map<?, ?> map -> map.keySet();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        Set<String> result = new TreeSet<>();
        aliases.forEach(alias -> result.add(String.valueOf(alias)));
        return result;
    }
}
