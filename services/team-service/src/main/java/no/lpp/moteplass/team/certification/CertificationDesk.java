package no.lpp.moteplass.team.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.contracts.teams.CertificationState;
import no.lpp.moteplass.contracts.teams.TeamEvents;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues, revokes and expires certifications; each change is published and the holder's teams re-check readiness. */
@Service
public class CertificationDesk {

    static final String AGGREGATE = "certification";
    static final String JOB = "system:certification-calendar";

    private final Certifications certifications;
    private final Outbox outbox;
    private final ChangeHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificationDesk(Certifications certifications, Outbox outbox, ChangeHistory history,
            ApplicationEventPublisher events, Clock clock) {
        this.certifications = certifications;
        this.outbox = outbox;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Called when a course session is completed, in that transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Certification issue(UUID personId, String type, UUID sessionId, LocalDate issuedOn, int validMonths,
            String by) {
        Certification issued = Certification.issue(personId, type, sessionId, issuedOn, validMonths, clock.instant());
        certifications.add(issued);
        return changed(issued, "ISSUED", TeamEvents.CERTIFICATION_ISSUED, by);
    }

    @Transactional
    public Certification revoke(UUID id, String reason, String by) {
        Certification current = certifications.find(id).orElseThrow(() -> new NotFoundException("sertifisering", id));
        Certification revoked = current.revoke(reason, clock.instant());
        certifications.update(revoked);
        history.record(AGGREGATE, id, "REVOKED", by, Map.of("reason", revoked.revokedReason()));
        outbox.publish(TeamEvents.CERTIFICATION_REVOKED, revoked.state());
        events.publishEvent(new CertificationsChanged(revoked.personId()));
        return revoked;
    }

    /**
     * The day in Norway, which certifications are valid on and expire after. Certifications keep their own calendar
     * rather than ask the teams feature's: teams listen to certifications, so certifications do not call on teams.
     */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Norway.ZONE));
    }

    @Transactional
    public boolean expireIfDue(UUID id, LocalDate today) {
        return certifications.lockIfFree(id).filter(c -> c.isDueForExpiry(today))
                .map(c -> {
                    Certification expired = c.expire(clock.instant());
                    certifications.update(expired);
                    return changed(expired, "EXPIRED", TeamEvents.CERTIFICATION_EXPIRED, JOB);
                })
                .isPresent();
    }

    @Transactional
    public boolean flagIfExpiringSoon(UUID id, LocalDate today) {
        return certifications.lockIfFree(id).filter(c -> c.isDueForExpiryFlag(today))
                .map(c -> {
                    Certification flagged = c.flagExpiring(clock.instant());
                    certifications.update(flagged);
                    history.record(AGGREGATE, id, "EXPIRING_SOON", JOB, flagged.state());
                    return flagged;
                })
                .isPresent();
    }

    private Certification changed(Certification certification, String change,
            EventContract<CertificationState> event, String by) {
        history.record(AGGREGATE, certification.id(), change, by, certification.state());
        outbox.publish(event, certification.state());
        events.publishEvent(new CertificationsChanged(certification.personId()));
        return certification;
    }
}
