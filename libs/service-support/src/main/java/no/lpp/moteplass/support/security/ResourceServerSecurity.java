package no.lpp.moteplass.support.security;

import no.lpp.moteplass.support.problem.ProblemResponses;
import no.lpp.moteplass.web.security.KeycloakTokens;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is a stateless OAuth2 resource server. Health, metrics, OpenAPI and {@code /public/**} are open;
 * everything else needs a valid token, and endpoints narrow further with {@code @PreAuthorize}. Failures answer as
 * problem details, never as an HTML page or an empty body. Tokens are verified as {@link KeycloakTokens} does it for
 * every component.
 */
@AutoConfiguration(after = KeycloakTokens.class)
@EnableMethodSecurity
public class ResourceServerSecurity {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/public/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakTokens.authentication()))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(Customizer.withDefaults())
                .build();
    }
}
