package no.lpp.moteplass.meeting.registration;

import java.time.Duration;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.meeting.config.RetentionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Erases registrants' personal data the configured number of days after their meeting; hourly and at startup. */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RegistrationDesk desk;
    private final Duration retention;

    Retention(RegistrationDesk desk, RetentionProperties properties) {
        this.desk = desk;
        this.retention = Duration.ofDays(properties.retentionDays());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${moteplass.registrations.retention-cron:0 20 * * * *}", zone = Norway.ZONE_NAME)
    public int run() {
        int erased = desk.eraseAfter(retention);
        if (erased > 0) {
            log.info("Erased the personal data of {} registrations for meetings more than {} ago", erased, retention);
        }
        return erased;
    }
}
