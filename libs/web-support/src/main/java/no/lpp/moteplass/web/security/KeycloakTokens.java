package no.lpp.moteplass.web.security;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * How a user's token is verified wherever one arrives, in a service or in the portal: the one {@link JwtDecoder}, and
 * realm roles as authorities. Before Spring Boot's own resource-server configuration, which then makes no decoder of
 * its own.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet"
        + ".OAuth2ResourceServerAutoConfiguration")
public class KeycloakTokens {

    /**
     * Tokens from the realm's issuer, for the MØTEPLASS API audience, within their lifetime (with a small clock skew).
     * Keys come from the realm's JWK set and are fetched again when a token names a key not seen before, so rotating
     * the realm's signing key needs no restart.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences,
            @Value("${moteplass.security.clock-skew:30s}") Duration clockSkew) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(clockSkew),
                new JwtIssuerValidator(issuer), new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.stream().anyMatch(audiences::contains))));
        return decoder;
    }

    /** A verified token as an authentication whose authorities are the user's realm roles ({@code ROLE_<role>}). */
    public static JwtAuthenticationConverter authentication() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoleConverter());
        return converter;
    }
}
