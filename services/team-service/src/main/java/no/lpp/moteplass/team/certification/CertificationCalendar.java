package no.lpp.moteplass.team.certification;

import java.time.LocalDate;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.support.schedule.DueItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires certifications past their valid-until date and flags those ending within 60 days. Safe with several
 * replicas: each certification is locked and checked again before it changes.
 */
@Component
public class CertificationCalendar {

    private static final Logger log = LoggerFactory.getLogger(CertificationCalendar.class);
    private static final String JOB = "Certification calendar";

    /** How many certifications one run changed. */
    public record Run(int expired, int flagged) {
    }

    private final Certifications certifications;
    private final CertificationDesk register;

    CertificationCalendar(Certifications certifications, CertificationDesk register) {
        this.certifications = certifications;
        this.register = register;
    }

    @Scheduled(cron = "${moteplass.certifications.calendar-cron:0 10 * * * *}", zone = Norway.ZONE_NAME)
    @EventListener(ApplicationReadyEvent.class)
    public void runToday() {
        Run run = run(register.today());
        if (run.expired() + run.flagged() > 0) {
            log.info("Certification calendar: {} expired, {} flagged as expiring", run.expired(), run.flagged());
        }
    }

    public Run run(LocalDate today) {
        int expired = DueItems.changeEach(JOB, certifications.dueForExpiry(today), today, register::expireIfDue);
        int flagged = DueItems.changeEach(JOB,
                certifications.dueForExpiryFlag(today.plusDays(Certification.EXPIRY_WARNING_DAYS)), today,
                register::flagIfExpiringSoon);
        return new Run(expired, flagged);
    }
}
