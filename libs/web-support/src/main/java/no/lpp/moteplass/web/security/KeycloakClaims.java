package no.lpp.moteplass.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.oauth2.jwt.Jwt;

/** What Keycloak writes into a MØTEPLASS token about the user: realm roles and organisations. */
public final class KeycloakClaims {

    private KeycloakClaims() {
    }

    /** The realm roles in {@code realm_access.roles}, e.g. {@code coordinator}; none when the claim is missing. */
    public static List<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().map(String::valueOf).toList();
    }

    /**
     * The aliases of the Keycloak organisations the user belongs to. Keycloak writes the {@code organization} claim as a
     * list of aliases, or as a map keyed by alias when attributes are added.
     */
    public static Set<String> organizations(Jwt jwt) {
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
