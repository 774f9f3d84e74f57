package no.lpp.moteplass.meeting.config;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hospital intranets show upcoming meetings straight from the browser: the public listing answers cross-origin reads
 * from the origins configured in {@code MOTEPLASS_INTRANET_ORIGINS} (comma-separated), and from nowhere else.
 */
@Configuration(proxyBeanMethods = false)
class PublicCors implements WebMvcConfigurer {

    private final List<String> origins;

    PublicCors(@Value("${moteplass.public.intranet-origins:}") List<String> origins) {
        this.origins = origins.stream().filter(origin -> !origin.isBlank()).toList();
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (!origins.isEmpty()) {
            registry.addMapping("/public/meetings/**").allowedOrigins(origins.toArray(String[]::new))
                    .allowedMethods("GET").maxAge(3600);
            registry.addMapping("/public/meetings.ics").allowedOrigins(origins.toArray(String[]::new))
                    .allowedMethods("GET").maxAge(3600);
        }
    }
}
