package no.lpp.moteplass.gateway;

import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import reactor.core.publisher.Mono;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Who gets through the gateway. {@code /api/**} needs either a browser session (login through Keycloak) or a valid
 * bearer token; {@code /public/**}, health and metrics are open. The services check the token again and decide what
 * the caller may do: the gateway is the first wall, not the only one.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    /** WebFlux's default session cookie. */
    static final String SESSION_COOKIE = "SESSION";

    /**
     * Where the gateway does not check CSRF tokens: the open endpoints and forms, which act with no one's authority,
     * and the portal's staff forms, which the portal checks itself (reading a form body here would consume it before
     * it is passed on).
     *
     * <p>A browser has one CSRF token, the {@code XSRF-TOKEN} cookie: the portal hands it out with its pages and puts it
     * in its forms ({@code _csrf}); the gateway checks the same cookie, with Spring Security's same defaults, on what it
     * serves itself — logging out (the portal's header has the form) and the API through the session
     * ({@code X-XSRF-TOKEN}). The gateway never makes one of its own for a page the portal serves, so one response
     * never sets two.
     */
    static final List<String> NOT_CSRF_CHECKED = List.of("/public/", "/moter/", "/pamelding/", "/tilbakemelding/",
            "/min-side/");

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository clients,
            Problems problems, @Value("${moteplass.intranet-origins:}") List<String> intranetOrigins,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        ServerAuthenticationEntryPoint apiEntryPoint = (exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED,
                "Du må logge inn (gyldig tilgangstoken mangler eller er utløpt).");
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/public/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        // The portal's pages for staff: a browser is sent to login first.
                        .pathMatchers("/min-side", "/min-side/**").authenticated()
                        // Anything else is either a login endpoint or unknown, which the error handler answers 404.
                        .anyExchange().permitAll())
                .oauth2Login(login -> login.authorizationRequestResolver(pkce(clients)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(apiEntryPoint))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(browsersToLogin(apiEntryPoint))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "Du har ikke tilgang til dette.")))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        // The page sends back the cookie's value as X-XSRF-TOKEN, as it is.
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "Skjemaet mangler gyldig CSRF-token. Last siden på nytt og prøv igjen."))
                        .requireCsrfProtectionMatcher(sessionRequestsThatChangeState()))
                .logout(logout -> logout.logoutSuccessHandler(endKeycloakSession(issuer)))
                .headers(headers -> headers
                        // Framing is governed by CSP frame-ancestors: this site and the partners' intranets.
                        .frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                contentSecurityPolicy(intranetOrigins, URI.create(issuer).resolve("/").toString())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // Always sent: behind a TLS-terminating ingress the gateway itself only sees plain HTTP.
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .writer(exchange -> {
                            exchange.getResponse().getHeaders().set("Strict-Transport-Security",
                                    "max-age=31536000; includeSubDomains");
                            return Mono.empty();
                        }))
                .build();
    }

    /**
     * Spring Security's observations are switched off (management.observations.enable.spring.security=false), yet its
     * filter chain was still wrapped per request, filter by filter, to make observations that were then dropped. This
     * leaves the chain unwrapped; the request's own span is unaffected.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Only this site's own resources; inline styles for the small server-rendered pages; framed only by partners.
     * Forms post to this site, whose answer may send the browser on to Keycloak (logging out ends the Keycloak session
     * too), which form-action must allow.
     */
    static String contentSecurityPolicy(List<String> intranetOrigins, String keycloak) {
        String ancestors = intranetOrigins.stream().filter(origin -> !origin.isBlank()).map(String::strip)
                .reduce("'self'", (all, origin) -> all + " " + origin);
        String keycloakOrigin = keycloak.endsWith("/") ? keycloak.substring(0, keycloak.length() - 1) : keycloak;
        return "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none';"
                + " base-uri 'self'; form-action 'self' " + keycloakOrigin + "; frame-ancestors " + ancestors;
    }

    /** Authorization code with PKCE (S256), also for this confidential client. */
    private static DefaultServerOAuth2AuthorizationRequestResolver pkce(ReactiveClientRegistrationRepository clients) {
        var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(clients);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** A browser asking for a page is sent to login; an API client gets a 401 problem detail. */
    private static ServerAuthenticationEntryPoint browsersToLogin(ServerAuthenticationEntryPoint api) {
        var html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(List.of(
                new DelegateEntry(html, new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/keycloak"))));
        entryPoint.setDefaultEntryPoint(api);
        return entryPoint;
    }

    /**
     * CSRF protects cookie sessions: only a state-changing request that carries the session cookie and no bearer token
     * could be forged by another site. Everything else gets its normal 401/403 instead of a CSRF refusal, and
     * {@link #NOT_CSRF_CHECKED} is left alone.
     */
    private static ServerWebExchangeMatcher sessionRequestsThatChangeState() {
        return exchange -> {
            var request = exchange.getRequest();
            String path = request.getPath().value();
            if (NOT_CSRF_CHECKED.stream().anyMatch(path::startsWith)) {
                return MatchResult.notMatch();
            }
            boolean safe = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE)
                    .contains(request.getMethod());
            String authorization = request.getHeaders().getFirst("Authorization");
            boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            boolean session = request.getCookies().containsKey(SESSION_COOKIE);
            return !safe && session && !bearer ? MatchResult.match() : MatchResult.notMatch();
        };
    }

    /**
     * Logging out of MØTEPLASS also ends the Keycloak session, so the next login asks again: the browser is sent to
     * Keycloak's end-session endpoint with the ID token. (Spring's OIDC logout handler finds that endpoint only through
     * discovery, which the gateway does not use so that it can start before Keycloak.)
     */
    private static ServerLogoutSuccessHandler endKeycloakSession(String issuer) {
        return (exchange, authentication) -> {
            String target = "/";
            if (authentication.getPrincipal() instanceof OidcUser user) {
                var request = exchange.getExchange().getRequest();
                String home = request.getURI().resolve("/").toString();
                target = UriComponentsBuilder.fromUriString(issuer + "/protocol/openid-connect/logout")
                        .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                        .queryParam("post_logout_redirect_uri", home)
                        .encode().build().toUriString();
            }
            var response = exchange.getExchange().getResponse();
            response.setStatusCode(HttpStatus.FOUND);
            response.getHeaders().setLocation(URI.create(target));
            return response.setComplete();
        };
    }
}
