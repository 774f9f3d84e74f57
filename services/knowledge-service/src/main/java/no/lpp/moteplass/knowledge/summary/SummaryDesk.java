package no.lpp.moteplass.knowledge.summary;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.knowledge.InsightState;
import no.lpp.moteplass.contracts.knowledge.KnowledgeEvents;
import no.lpp.moteplass.knowledge.directory.Directory;
import no.lpp.moteplass.knowledge.directory.KnownMeeting;
import no.lpp.moteplass.knowledge.followup.FollowUpDesk;
import no.lpp.moteplass.knowledge.taxonomy.Taxonomy;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.outbox.Outbox;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.ETags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes, approves and publishes post-meeting summaries. Publishing routes each insight to every target organisation
 * as a follow-up, and announces the insights, in one transaction.
 */
@Service
public class SummaryDesk {

    static final String AGGREGATE = "summary";

    private final Summaries summaries;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final FollowUpDesk followUps;
    private final Outbox outbox;
    private final ChangeHistory history;
    private final Clock clock;

    SummaryDesk(Summaries summaries, Directory directory, Taxonomy taxonomy, FollowUpDesk followUps, Outbox outbox,
            ChangeHistory history, Clock clock) {
        this.summaries = summaries;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.followUps = followUps;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Writes the summary of a held meeting, or rewrites the draft (then {@code ifMatch} must name its version);
     * approvals start over.
     */
    @Transactional
    public Summary write(KnownMeeting meeting, String ifMatch, String narrative, List<Insight> insights, String by) {
        if (!meeting.isHeld()) {
            throw new DomainRuleViolation("Oppsummeringen skrives etter møtet, når det er markert som holdt.");
        }
        check(insights);
        Summary written = summaries.ofMeeting(meeting.id())
                .map(existing -> current(meeting, ETags.requireVersion(ifMatch))
                        .rewrite(narrative, insights, clock.instant()))
                .orElseGet(() -> Summary.write(meeting.id(), narrative, insights, clock.instant(), by));
        summaries.save(written);
        summaries.replaceInsights(written);
        history.record(AGGREGATE, written.id(), written.version() == 0 ? "WRITTEN" : "REWRITTEN", by, null);
        return written;
    }

    @Transactional
    public Summary approve(KnownMeeting meeting, long version, UUID facilitator, String by) {
        Summary approved = current(meeting, version).approvedBy(facilitator, clock.instant());
        summaries.save(approved);
        history.record(AGGREGATE, approved.id(), "APPROVED", by, null);
        return approved;
    }

    @Transactional
    public Summary publish(KnownMeeting meeting, long version, String by) {
        Summary published = current(meeting, version).publish(meeting.facilitatorIds(), clock.instant());
        summaries.save(published);
        history.record(AGGREGATE, published.id(), Summary.Status.PUBLISHED.name(), by, null);
        for (Insight insight : published.insights()) {
            outbox.publish(KnowledgeEvents.INSIGHT_PUBLISHED, new InsightState(insight.id(), meeting.id(),
                    meeting.teamId(), insight.statement(), insight.kind(), insight.themeTags(), insight.serviceAreas(),
                    insight.targetOrganizationIds(), published.publishedAt()));
            insight.targetOrganizationIds().forEach(organization -> followUps.open(insight.id(), organization, by));
        }
        return published;
    }

    private void check(List<Insight> insights) {
        for (Insight insight : insights) {
            List<String> unknownTags = insight.themeTags().stream().filter(tag -> !taxonomy.exists(tag)).toList();
            if (!unknownTags.isEmpty()) {
                throw new DomainRuleViolation("Ukjente temaknagger: " + unknownTags + ".");
            }
            List<UUID> unknown = insight.targetOrganizationIds().stream()
                    .filter(organization -> !directory.organizationExists(organization)).toList();
            if (!unknown.isEmpty()) {
                throw new DomainRuleViolation("Ukjente mottakere: " + unknown + ".");
            }
        }
    }

    private Summary current(KnownMeeting meeting, long version) {
        Summary summary = summaries.ofMeeting(meeting.id())
                .orElseThrow(() -> new NotFoundException("oppsummering for møtet", meeting.id()));
        if (summary.version() != version) {
            throw ETags.stale();
        }
        return summary;
    }
}
