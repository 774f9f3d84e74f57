package no.lpp.moteplass.portal.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.lpp.moteplass.portal.web.ServiceClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.service.registry.ImportHttpServices;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = ServiceClients.TEAM_SERVICE, types = TeamApi.class)
@ImportHttpServices(group = ServiceClients.MEETING_SERVICE, types = MeetingApi.class)
@ImportHttpServices(group = ServiceClients.KNOWLEDGE_SERVICE, types = KnowledgeApi.class)
class StaffWebConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Staff pages show personal data (participant lists): never kept by a browser or a proxy.
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                return true;
            }
        }).addPathPatterns("/min-side", "/min-side/**");
    }
}
