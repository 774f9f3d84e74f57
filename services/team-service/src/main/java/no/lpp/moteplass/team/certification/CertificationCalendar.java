package no.lpp.moteplass.team.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import no.lpp.moteplass.team.teams.TeamRoster;
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

    /** How many certifications one run changed. */
    public record Run(int expired, int flagged) {
    }

    private final Certifications certifications;
    private final CertificationRegister register;
    private final TeamRoster roster;

    CertificationCalendar(Certifications certifications, CertificationRegister register, TeamRoster roster) {
        this.certifications = certifications;
        this.register = register;
        this.roster = roster;
    }

    @Scheduled(cron = "${moteplass.certifications.calendar-cron:0 10 * * * *}", zone = "Europe/Oslo")
    @EventListener(ApplicationReadyEvent.class)
    public void runToday() {
        Run run = run(roster.today());
        if (run.expired() + run.flagged() > 0) {
            log.info("Certification calendar: {} expired, {} flagged as expiring", run.expired(), run.flagged());
        }
    }

    public Run run(LocalDate today) {
        int expired = each(certifications.dueForExpiry(today), today, register::expireIfDue);
        int flagged = each(certifications.dueForExpiryFlag(today.plusDays(Certification.EXPIRY_WARNING_DAYS)), today,
                register::flagIfExpiringSoon);
        return new Run(expired, flagged);
    }

    private static int each(List<UUID> candidates, LocalDate today, BiPredicate<UUID, LocalDate> step) {
        int changed = 0;
        for (UUID id : candidates) {
            try {
                if (step.test(id, today)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("Certification calendar could not process {}: {}", id, e.toString()); // next run retries
            }
        }
        return changed;
    }
}
