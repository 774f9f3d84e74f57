package no.lpp.moteplass.web.security;

import java.util.Collection;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Maps Keycloak's {@code realm_access.roles} claim to {@code ROLE_<role>} authorities. */
public class RealmRoleConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    /** The prefix Spring Security expects for {@code hasRole}. */
    static final String AUTHORITY_PREFIX = "ROLE_";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return KeycloakClaims.realmRoles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(AUTHORITY_PREFIX + role))
                .toList();
    }
}
