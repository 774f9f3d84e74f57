package no.lpp.moteplass.knowledge.followup;

import java.time.Clock;
import java.util.UUID;
import no.lpp.moteplass.contracts.knowledge.KnowledgeEvents;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.ETags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens a follow-up per target organisation when an insight is published, and moves it along; every change kept. */
@Service
public class FollowUpDesk {

    public static final String AGGREGATE = "follow-up";

    private final FollowUps followUps;
    private final Outbox outbox;
    private final ChangeHistory history;
    private final Clock clock;

    FollowUpDesk(FollowUps followUps, Outbox outbox, ChangeHistory history, Clock clock) {
        this.followUps = followUps;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public FollowUp open(UUID insightId, UUID organizationId, String by) {
        FollowUp received = FollowUp.received(insightId, organizationId, clock.instant());
        followUps.add(received);
        record(received, by);
        return received;
    }

    @Transactional
    public FollowUp move(UUID id, long version, FollowUp.Step step, String by) {
        FollowUp current = followUps.find(id).orElseThrow(() -> new NotFoundException("oppfølging", id));
        if (current.version() != version) {
            throw ETags.stale();
        }
        FollowUp moved = current.move(step, clock.instant());
        followUps.update(moved);
        record(moved, by);
        return moved;
    }

    private void record(FollowUp followUp, String by) {
        history.record(AGGREGATE, followUp.id(), followUp.status().name(), by, followUp.state());
        outbox.publish(KnowledgeEvents.FOLLOW_UP_CHANGED, followUp.state());
    }
}
