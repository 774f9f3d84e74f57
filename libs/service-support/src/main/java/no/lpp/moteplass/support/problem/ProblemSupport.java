package no.lpp.moteplass.support.problem;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the problem-detail handler for controllers, the writer the security chain and the input filters use, the
 * firewall's refusals and the container's error page as problem details. Before Spring Boot's error handling, so its
 * HTML/JSON error controller is not created.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import({ProblemDetailsHandler.class, ErrorProblems.class})
public class ProblemSupport {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return new RejectedRequests(problems);
    }

    /**
     * Replaces Tomcat's error report (also the one Spring Boot adds) with {@link ContainerErrors}; ordered last so
     * it runs after Spring Boot's own customizer has added its valve.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrors() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ContainerErrors.class.getName());
                host.getPipeline().addValve(new ContainerErrors());
            }
        });
    }
}
