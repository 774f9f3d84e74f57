package no.lpp.moteplass.partnership.agreement;

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
 * Moves agreements by date: activates those whose period has begun (all signed), flags those ending within 90 days,
 * expires those whose period has ended. Safe with several replicas running it at once: each agreement is locked and
 * checked again before it changes, so every change, history entry and event happens exactly once.
 */
@Component
public class AgreementCalendar {

    private static final Logger log = LoggerFactory.getLogger(AgreementCalendar.class);
    private static final String JOB = "Agreement calendar";

    /** How many agreements one run changed. */
    public record Run(int activated, int flagged, int expired) {
    }

    private final Agreements agreements;
    private final AgreementDesk lifecycle;

    AgreementCalendar(Agreements agreements, AgreementDesk lifecycle) {
        this.agreements = agreements;
        this.lifecycle = lifecycle;
    }

    /** Hourly, so a replica that was down at midnight still catches up the same day; also once at start-up. */
    @Scheduled(cron = "${moteplass.agreements.calendar-cron:0 5 * * * *}", zone = Norway.ZONE_NAME)
    @EventListener(ApplicationReadyEvent.class)
    public void runToday() {
        Run run = run(lifecycle.today());
        if (run.activated() + run.flagged() + run.expired() > 0) {
            log.info("Agreement calendar: {} activated, {} flagged as expiring, {} expired",
                    run.activated(), run.flagged(), run.expired());
        }
    }

    public Run run(LocalDate today) {
        int activated = DueItems.changeEach(JOB, agreements.dueForActivation(today), today, lifecycle::activateIfDue);
        int expired = DueItems.changeEach(JOB, agreements.dueForExpiry(today), today, lifecycle::expireIfDue);
        int flagged = DueItems.changeEach(JOB,
                agreements.dueForExpiryFlag(today.plusDays(Agreement.EXPIRY_WARNING_DAYS)), today,
                lifecycle::flagIfExpiringSoon);
        return new Run(activated, flagged, expired);
    }
}
