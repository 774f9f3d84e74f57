package no.lpp.moteplass.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;

/**
 * How the portal reaches the services. Each service is a group of HTTP service interfaces ({@code @HttpExchange}),
 * imported with {@code @ImportHttpServices} next to the pages that use them; Spring makes each interface with
 * {@code HttpServiceProxyFactory} over the group's {@code RestClient}, at the address
 * {@code spring.http.serviceclient.<group>.base-url} gives, with the timeouts of {@code spring.http.clients} (a page
 * fails soon with a clear message rather than hang) and the trace passed on. The signed-in user's token is added here,
 * once, for every call ({@link UserToken}).
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClients {

    public static final String PARTNERSHIP_SERVICE = "partnership-service";
    public static final String TEAM_SERVICE = "team-service";
    public static final String MEETING_SERVICE = "meeting-service";
    public static final String KNOWLEDGE_SERVICE = "knowledge-service";

    @Bean
    RestClientHttpServiceGroupConfigurer asTheSignedInUser() {
        UserToken token = new UserToken();
        return groups -> groups.forEachClient((group, client) -> client.requestInterceptor(token));
    }
}
