package no.lpp.moteplass.team.agreement;

import no.lpp.moteplass.contracts.partnership.AgreementState;
import no.lpp.moteplass.support.inbox.InboundEvent;
import no.lpp.moteplass.support.inbox.Inbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies agreement events once each, ignores older news, and lets the teams it concerns re-check readiness. */
@Service
public class AgreementDirectory {

    static final String CONSUMER = "team-service.agreements";

    private final KnownAgreements agreements;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;

    AgreementDirectory(KnownAgreements agreements, Inbox inbox, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.inbox = inbox;
        this.events = events;
    }

    @Transactional
    public void apply(InboundEvent event, AgreementState state) {
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        var parties = state.parties().stream().map(AgreementState.Party::organizationId).toList();
        if (agreements.apply(state.agreementId(), state.status(), parties, event.time())) {
            events.publishEvent(new AgreementsChanged(parties)); // readiness follows in this same transaction
        }
    }
}
