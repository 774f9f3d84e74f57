package no.lpp.moteplass.contracts.knowledge;

import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.contracts.Topics;

/** The knowledge feedback service's event contracts, for intranet integrations. */
public final class KnowledgeEvents {

    public static final EventContract<InsightState> INSIGHT_PUBLISHED = new EventContract<>(Topics.KNOWLEDGE_INSIGHT,
            "moteplass.knowledge.insight.published.v1", InsightState.class, state -> state.insightId().toString());

    /** A follow-up was created (RECEIVED) or moved along. */
    public static final EventContract<FollowUpState> FOLLOW_UP_CHANGED = new EventContract<>(
            Topics.KNOWLEDGE_FOLLOW_UP, "moteplass.knowledge.follow-up.changed.v1", FollowUpState.class,
            state -> state.followUpId().toString());

    private KnowledgeEvents() {
    }
}
