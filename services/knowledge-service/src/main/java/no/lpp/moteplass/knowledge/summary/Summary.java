package no.lpp.moteplass.knowledge.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.support.problem.DomainRuleViolation;

/**
 * A meeting's post-meeting summary: a short narrative and the insights. It is published only when both facilitators
 * have approved this very text (an edit withdraws earlier approvals) and nothing in it looks like a personal
 * identifier.
 *
 * @param approvedBy the facilitators (person ids) who approved the current text
 */
public record Summary(UUID id, UUID meetingId, String narrative, List<Insight> insights, Status status,
        List<UUID> approvedBy, Instant createdAt, String createdBy, Instant changedAt, Instant publishedAt,
        long version) {

    /** A draft is written and approved by the facilitators; once published it no longer changes. */
    public enum Status { DRAFT, PUBLISHED }


    public static Summary write(UUID meetingId, String narrative, List<Insight> insights, Instant now, String by) {
        return new Summary(UUID.randomUUID(), meetingId, narrative, insights, Status.DRAFT, List.of(), now, by, now, null, 0);
    }

    public Summary rewrite(String narrative, List<Insight> insights, Instant now) {
        requireDraft();
        return new Summary(id, meetingId, narrative, insights, status, List.of(), createdAt, createdBy, now, null,
                version + 1);
    }

    public Summary approvedBy(UUID facilitator, Instant now) {
        requireDraft();
        if (approvedBy.contains(facilitator)) {
            return this;
        }
        List<UUID> approvals = new ArrayList<>(approvedBy);
        approvals.add(facilitator);
        return new Summary(id, meetingId, narrative, insights, status, approvals, createdAt, createdBy, now, null,
                version + 1);
    }

    /** Publishes when every one of the meeting's facilitators has approved and the text is free of identifiers. */
    public Summary publish(Collection<UUID> facilitators, Instant now) {
        requireDraft();
        if (!approvedBy.containsAll(facilitators)) {
            throw new DomainRuleViolation("Begge fasilitatorene må godkjenne oppsummeringen før den publiseres.");
        }
        List<String> findings = new ArrayList<>();
        PersonalDataScreen.findings(narrative).forEach(f -> findings.add("«" + f.text() + "» (" + f.kind()
                + ") i fortellingen"));
        for (int i = 0; i < insights.size(); i++) {
            int number = i + 1;
            PersonalDataScreen.findings(insights.get(i).statement()).forEach(f -> findings.add("«" + f.text() + "» ("
                    + f.kind() + ") i innsikt " + number));
        }
        if (!findings.isEmpty()) {
            throw new DomainRuleViolation("Oppsummeringen ser ut til å inneholde personopplysninger: "
                    + String.join("; ", findings) + ". Fjern dem, og be begge fasilitatorene godkjenne på nytt.");
        }
        return new Summary(id, meetingId, narrative, insights, Status.PUBLISHED, approvedBy, createdAt, createdBy, now, now,
                version + 1);
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    private void requireDraft() {
        if (isPublished()) {
            throw new DomainRuleViolation("Oppsummeringen er allerede publisert.");
        }
    }
}
