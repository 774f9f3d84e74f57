package no.lpp.moteplass.meeting.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import no.lpp.moteplass.support.web.Admission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registrations for a meeting shared nationally arrive together: all but two of the database connections work on them,
 * the rest wait their turn for up to 12 s (inside the gateway's 15 s), and the two left serve staff meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationAdmission {

    @Bean
    Admission registrations(@Value("${spring.datasource.hikari.maximum-pool-size:10}") int connections,
            MeterRegistry meters) {
        return new Admission("registrations", Math.max(1, connections - 2), Duration.ofSeconds(12),
                "Mange melder seg på akkurat nå. Vent litt og prøv igjen.", meters);
    }
}
