package no.lpp.moteplass.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.lpp.moteplass.web.security.KeycloakTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may see what in the portal, and how its forms are protected. The staff pages ({@code /min-side}) need the user's
 * token, which the gateway relays from its login session; the portal verifies it as every service does (web-support's
 * {@link KeycloakTokens}: issuer, audience, lifetime and the realm's signature) and sends the browser to log in when it
 * is missing, expired or not genuine. Everything else is public.
 *
 * <p>The portal depends on web-support rather than service-support: the latter is what a service with a database and
 * Kafka needs (outbox, inbox, migrations, problem-detail answers), which the portal, a renderer of HTML pages without
 * data of its own, would have to switch off piece by piece.
 *
 * <p>CSRF: a browser has one token, the {@code XSRF-TOKEN} cookie, which the portal and the gateway both read with
 * Spring Security's defaults (its name, path {@code /}, readable by the page, the value sent back as it is). The portal
 * hands it out on every page and checks the forms of the staff pages ({@code _csrf}, which Thymeleaf adds to every
 * {@code th:action} form); the gateway checks the same token on what it serves itself (logging out, the API through
 * the session) and leaves the portal's form posts to the portal, because reading a form body there would consume it.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    /** Where the gateway starts a login with Keycloak. */
    static final String LOG_IN = "/oauth2/authorization/keycloak";

    /**
     * The public forms (registering, feedback, the manage link's page) are not CSRF-checked, as at the gateway: they
     * need no login and act with no one's authority, so a forged post could do no more than anyone may do with the
     * form itself. A manage link's token and a feedback form's one-time session are the only keys, and they are in
     * the post.
     */
    static final String[] PUBLIC_FORMS = {"/moter/**", "/pamelding/**", "/tilbakemelding/**"};

    @Bean
    @Order(1)
    SecurityFilterChain signedInChain(HttpSecurity http) throws Exception {
        return shared(http.securityMatcher("/min-side", "/min-side/**"))
                .authorizeHttpRequests(requests -> requests
                        // The error page for a staff page's refusal (a form without its token, a malformed form):
                        // shown as it is, not turned into a login by the second pass through this chain.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakTokens.authentication()))
                        .authenticationEntryPoint(PortalSecurity::logIn))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(PortalSecurity::logIn)
                        // A form without its token: the error page, as for any refusal, not an empty 403.
                        .accessDeniedHandler(new AccessDeniedHandlerImpl()))
                .csrf(csrf -> oneTokenWithTheGateway(csrf).withObjectPostProcessor(EVEN_WITH_A_BEARER_TOKEN))
                .build();
    }

    /**
     * A resource server leaves requests that carry a bearer token out of the CSRF check, since a browser never adds
     * one by itself. Here the gateway does add it, from the browser's session cookie, to whatever the browser sends:
     * a form posted from another site would carry it too. So every staff form is checked.
     */
    private static final ObjectPostProcessor<CsrfFilter> EVEN_WITH_A_BEARER_TOKEN = new ObjectPostProcessor<>() {
        @Override
        public <O extends CsrfFilter> O postProcess(O filter) {
            filter.setRequireCsrfProtectionMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER);
            return filter;
        }
    };

    /** Static files and the actuator: nothing to protect, and no token handed out with them. */
    @Bean
    @Order(2)
    SecurityFilterChain filesAndProbesChain(HttpSecurity http) throws Exception {
        return shared(http.securityMatcher("/assets/**", "/favicon.ico", "/actuator/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The public pages: open to anyone; a relayed token, if any, is not looked at. */
    @Bean
    @Order(3)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        return shared(http)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> oneTokenWithTheGateway(csrf).ignoringRequestMatchers(PUBLIC_FORMS))
                .build();
    }

    /** The portal keeps no session: the gateway has the user's, and relays the token with every request. */
    private static HttpSecurity shared(HttpSecurity http) throws Exception {
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /**
     * The token is loaded on every page (not only when a form asks for it), so the cookie is there before the page's
     * first change, also for a script calling the API through the gateway; and it is sent back as it is, not masked
     * per page, because the gateway compares it with the cookie as it is. It stays the same until the user logs out
     * (the gateway then removes the cookie): the token relayed with each request is no new login, and a new token per
     * page would refuse the form in another tab.
     */
    private static CsrfConfigurer<HttpSecurity> oneTokenWithTheGateway(CsrfConfigurer<HttpSecurity> csrf) {
        CsrfTokenRequestAttributeHandler asItIs = new CsrfTokenRequestAttributeHandler();
        asItIs.setCsrfRequestAttributeName(null);
        return csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()).csrfTokenRequestHandler(asItIs)
                .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy());
    }

    /**
     * Relative, like every redirect of the portal ({@code server.tomcat.use-relative-redirects}): the browser stays on
     * the gateway's address, where the login starts.
     */
    private static void logIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.sendRedirect(LOG_IN);
    }
}
