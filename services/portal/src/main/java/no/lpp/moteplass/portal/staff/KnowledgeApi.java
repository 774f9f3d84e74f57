package no.lpp.moteplass.portal.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.portal.web.Choices;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The knowledge service's API as the signed-in user (see ServiceClients): a meeting's summary and feedback form, and
 * following up what came out of the meetings. A change sends back the ETag it was shown.
 */
@HttpExchange("/api/knowledge")
public interface KnowledgeApi {

    String SUMMARY = "/meetings/{meetingId}/summary";

    Map<String, String> FOLLOW_UP_STATUSES = Choices.ordered("RECEIVED", "Mottatt", "ACKNOWLEDGED",
            "Lest og tatt imot", "ACTION_PLANNED", "Tiltak planlagt", "IMPLEMENTED", "Gjennomført", "NOT_PURSUED",
            "Følges ikke opp");

    /** Insights addressed to the user's organisation (all of them for LPP's administrators). */
    @GetExchange("/follow-ups?size=100")
    Page<FollowUpView> followUps();

    @GetExchange("/follow-ups/{id}")
    ResponseEntity<FollowUpDetail> followUp(@PathVariable UUID id);

    @PostExchange("/follow-ups/{id}/status")
    void moveFollowUp(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String etag,
            @RequestBody Map<String, Object> step);

    @GetExchange("/tags")
    List<Tag> tags();

    @GetExchange("/meetings/{meetingId}/feedback-form")
    FeedbackForm feedbackForm(@PathVariable UUID meetingId);

    /**
     * The anonymous feedback form's link and QR code, for the meeting's facilitators to show at the end; empty when the
     * knowledge service has not heard of the meeting yet, or the user does not lead it.
     */
    default Optional<FeedbackForm> feedbackFormIfShown(UUID meetingId) {
        try {
            return Optional.ofNullable(feedbackForm(meetingId));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden e) {
            return Optional.empty();
        }
    }

    @GetExchange(SUMMARY)
    ResponseEntity<Summary> summary(@PathVariable UUID meetingId);

    /** The meeting's summary with its ETag; empty while none is written. */
    default Optional<ResponseEntity<Summary>> summaryIfWritten(UUID meetingId) {
        try {
            return Optional.of(summary(meetingId));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    /** Writes the summary; {@code etag} is null for the first version. */
    @PutExchange(SUMMARY)
    void writeSummary(@PathVariable UUID meetingId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String etag,
            @RequestBody Map<String, Object> summary);

    @PostExchange(SUMMARY + "/approvals")
    void approveSummary(@PathVariable UUID meetingId, @RequestHeader(HttpHeaders.IF_MATCH) String etag);

    @PostExchange(SUMMARY + "/publication")
    void publishSummary(@PathVariable UUID meetingId, @RequestHeader(HttpHeaders.IF_MATCH) String etag);

    /** What an organisation does with an insight from a meeting: from received to implemented (or not pursued). */
    record FollowUpView(FollowUp followUp, String statement, String kind, UUID meetingId, boolean overdue) {

        public record FollowUp(UUID id, String status, String action, String responsibleRole, String dueDate,
                String reason) {
        }

        public String statusText() {
            return FOLLOW_UP_STATUSES.getOrDefault(followUp.status(), followUp.status());
        }
    }

    record FollowUpDetail(FollowUpView followUp, List<Change> history) {

        public record Change(Instant changedAt, String change) {
        }
    }

    record Tag(String code, String label) {
    }

    record FeedbackForm(String url, String qrCode) {
    }

    /** A post-meeting summary: DRAFT until both facilitators have approved the very text, then PUBLISHED. */
    record Summary(String narrative, List<Insight> insights, String status, List<String> approvedBy) {

        public record Insight(String statement, String kind, List<String> themeTags, List<String> serviceAreas,
                List<UUID> targetOrganizationIds) {
        }

        public boolean published() {
            return "PUBLISHED".equals(status);
        }

        public int approvals() {
            return approvedBy == null ? 0 : approvedBy.size();
        }
    }
}
