package no.lpp.moteplass.portal.staff;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.portal.web.ServiceClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The services' APIs as the signed-in user: every call carries the user's token, so the service decides. */
@Component
public class StaffApi {

    private final RestClient teams;
    private final RestClient meetings;
    private final RestClient knowledge;

    StaffApi(ServiceClients clients, @Value("${moteplass.portal.team-service-url}") String teamService,
            @Value("${moteplass.portal.meeting-service-url}") String meetingService,
            @Value("${moteplass.portal.knowledge-service-url}") String knowledgeService) {
        this.teams = clients.to(teamService);
        this.meetings = clients.to(meetingService);
        this.knowledge = clients.to(knowledgeService);
    }

    public List<Team> teams(SignedIn user) {
        return teams.get().uri("/api/teams/teams?size=100").header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve()
                .body(new ParameterizedTypeReference<Page<Team>>() {
                }).items();
    }

    Team team(SignedIn user, UUID id) {
        return teams.get().uri("/api/teams/teams/{id}", id).header(HttpHeaders.AUTHORIZATION, user.bearer())
                .retrieve().body(Team.class);
    }

    public Person person(SignedIn user, UUID id) {
        return teams.get().uri("/api/teams/persons/{id}", id).header(HttpHeaders.AUTHORIZATION, user.bearer())
                .retrieve().body(Person.class);
    }

    public List<Theme> themes(SignedIn user) {
        return meetings.get().uri("/api/meetings/themes?size=100").header(HttpHeaders.AUTHORIZATION, user.bearer())
                .retrieve().body(new ParameterizedTypeReference<Page<Theme>>() {
                }).items();
    }

    List<Planned> meetings(SignedIn user) {
        return meetings.get().uri("/api/meetings/meetings?size=50").header(HttpHeaders.AUTHORIZATION, user.bearer())
                .retrieve().body(new ParameterizedTypeReference<Page<Planned>>() {
                }).items();
    }

    /** A meeting with its ETag, which a change must send back. */
    ResponseEntity<Planned> meeting(SignedIn user, UUID id) {
        return meetings.get().uri("/api/meetings/meetings/{id}", id).header(HttpHeaders.AUTHORIZATION, user.bearer())
                .retrieve().toEntity(Planned.class);
    }

    Planned plan(SignedIn user, Map<String, Object> request) {
        return meetings.post().uri("/api/meetings/meetings").header(HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(Planned.class);
    }

    Planned publish(SignedIn user, UUID id, String etag) {
        return meetings.post().uri("/api/meetings/meetings/{id}/publication", id)
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).header(HttpHeaders.IF_MATCH, etag).retrieve()
                .body(Planned.class);
    }

    /** The participant list (every read is in the meetings service's audit log). */
    List<Participant> participants(SignedIn user, UUID meetingId) {
        return meetings.get().uri("/api/meetings/meetings/{id}/participants?size=200", meetingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve()
                .body(new ParameterizedTypeReference<Page<Participant>>() {
                }).items();
    }

    void checkIn(SignedIn user, UUID meetingId, UUID registrationId, boolean present) {
        (present ? meetings.put() : meetings.delete())
                .uri("/api/meetings/meetings/{id}/participants/{registration}/check-in", meetingId, registrationId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve().toBodilessEntity();
    }

    /** Marks the meeting held, with those who came without registering (counted, not named). */
    void hold(SignedIn user, UUID meetingId, String etag, int relatives, int professionals) {
        List<Map<String, Object>> walkIns = new java.util.ArrayList<>();
        if (relatives > 0) {
            walkIns.add(Map.of("category", "RELATIVE", "group", "OTHER", "count", relatives));
        }
        if (professionals > 0) {
            walkIns.add(Map.of("category", "PROFESSIONAL", "group", "OTHER", "count", professionals));
        }
        meetings.post().uri("/api/meetings/meetings/{id}/held", meetingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("walkIns", walkIns)).retrieve()
                .toBodilessEntity();
    }

    /** Insights addressed to the user's organisation (all of them for LPP's administrators). */
    List<FollowUpView> followUps(SignedIn user) {
        return knowledge.get().uri("/api/knowledge/follow-ups?size=100").header(HttpHeaders.AUTHORIZATION, user.bearer())
                .retrieve().body(new ParameterizedTypeReference<Page<FollowUpView>>() {
                }).items();
    }

    ResponseEntity<FollowUpDetail> followUp(SignedIn user, UUID id) {
        return knowledge.get().uri("/api/knowledge/follow-ups/{id}", id).header(HttpHeaders.AUTHORIZATION, user.bearer())
                .retrieve().toEntity(FollowUpDetail.class);
    }

    void moveFollowUp(SignedIn user, UUID id, String etag, Map<String, Object> step) {
        knowledge.post().uri("/api/knowledge/follow-ups/{id}/status", id)
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).body(step).retrieve().toBodilessEntity();
    }

    /** What an organisation does with an insight from a meeting: from received to implemented (or not pursued). */
    public record FollowUpView(FollowUp followUp, String statement, String kind, UUID meetingId, boolean overdue) {

        public record FollowUp(UUID id, String status, String action, String responsibleRole, String dueDate,
                String reason) {
        }

        public String statusText() {
            return FOLLOW_UP_STATUSES.getOrDefault(followUp.status(), followUp.status());
        }
    }

    public record FollowUpDetail(FollowUpView followUp, List<Change> history) {

        public record Change(java.time.Instant changedAt, String change) {
        }
    }

    public static final Map<String, String> FOLLOW_UP_STATUSES = no.lpp.moteplass.portal.web.Choices.ordered(
            "RECEIVED", "Mottatt", "ACKNOWLEDGED", "Lest og tatt imot", "ACTION_PLANNED", "Tiltak planlagt",
            "IMPLEMENTED", "Gjennomført", "NOT_PURSUED", "Følges ikke opp");

    /** A registration as the meeting's facilitators see it. */
    public record Participant(UUID id, String status, String category, String relation, String sector,
            String workplace, String name, String dietaryNeeds, String accessibilityNeeds, boolean checkedIn) {

        public boolean waitlisted() {
            return "WAITLISTED".equals(status);
        }
    }

    /** An organisation by its name, from the teams service's copy of the register (readable by anyone signed in). */
    public Organization organization(SignedIn user, UUID id) {
        return teams.get().uri("/api/teams/organizations/{id}", id).header(HttpHeaders.AUTHORIZATION, user.bearer())
                .retrieve().body(Organization.class);
    }

    List<Tag> tags(SignedIn user) {
        return knowledge.get().uri("/api/knowledge/tags").header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve()
                .body(new ParameterizedTypeReference<List<Tag>>() {
                });
    }

    /** The anonymous feedback form's link and QR code, for the meeting's facilitators to show at the end. */
    Optional<FeedbackForm> feedbackForm(SignedIn user, UUID meetingId) {
        try {
            return Optional.ofNullable(knowledge.get().uri("/api/knowledge/meetings/{id}/feedback-form", meetingId)
                    .header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve().body(FeedbackForm.class));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden e) {
            return Optional.empty(); // the knowledge service has not heard of the meeting yet, or the user does not lead it
        }
    }

    public record FeedbackForm(String url, String qrCode) {
    }

    /** The meeting's summary with its ETag; empty while none is written. */
    Optional<ResponseEntity<Summary>> summary(SignedIn user, UUID meetingId) {
        try {
            return Optional.of(knowledge.get().uri(SUMMARY, meetingId).header(HttpHeaders.AUTHORIZATION, user.bearer())
                    .retrieve().toEntity(Summary.class));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    void writeSummary(SignedIn user, UUID meetingId, String etag, Map<String, Object> summary) {
        knowledge.put().uri(SUMMARY, meetingId).header(HttpHeaders.AUTHORIZATION, user.bearer())
                .headers(headers -> {
                    if (etag != null && !etag.isBlank()) {
                        headers.setIfMatch(etag);
                    }
                }).contentType(MediaType.APPLICATION_JSON).body(summary).retrieve().toBodilessEntity();
    }

    void approveSummary(SignedIn user, UUID meetingId, String etag) {
        knowledge.post().uri(SUMMARY + "/approvals", meetingId).header(HttpHeaders.AUTHORIZATION, user.bearer())
                .header(HttpHeaders.IF_MATCH, etag).retrieve().toBodilessEntity();
    }

    void publishSummary(SignedIn user, UUID meetingId, String etag) {
        knowledge.post().uri(SUMMARY + "/publication", meetingId).header(HttpHeaders.AUTHORIZATION, user.bearer())
                .header(HttpHeaders.IF_MATCH, etag).retrieve().toBodilessEntity();
    }

    private static final String SUMMARY = "/api/knowledge/meetings/{meetingId}/summary";

    public record Organization(UUID id, String name) {
    }

    public record Tag(String code, String label) {
    }

    /** A post-meeting summary: DRAFT until both facilitators have approved the very text, then PUBLISHED. */
    public record Summary(String narrative, List<Insight> insights, String status, List<String> approvedBy) {

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

    public record Page<T>(List<T> items) {
    }

    public record Team(UUID id, String name, String locality, String status, List<UUID> hostOrganizationIds,
            List<Member> members) {

        public record Member(UUID personId, String kind) {
        }

        /** The team's status in Norwegian, and what it means for planning. */
        public String statusText() {
            return switch (status) {
                case "READY" -> "Klart";
                case "FORMING" -> "Under oppbygging";
                case "SUSPENDED" -> "Satt på vent";
                case "DISSOLVED" -> "Oppløst";
                default -> status;
            };
        }

        public List<UUID> professionals() {
            return members.stream().filter(member -> "PROFESSIONAL".equals(member.kind())).map(Member::personId)
                    .toList();
        }
    }

    public record Person(UUID id, String name) {
    }

    /** @param guidance advice for the facilitators preparing a meeting on the theme */
    public record Theme(UUID id, String title, String description, String guidance) {
    }

    /** A meeting as its planners see it. */
    public record Planned(Meeting meeting) {

        public record Meeting(UUID id, UUID teamId, UUID themeId, Details details, String status) {
        }

        public record Details(String title, String venueName, String venueAddress, ZonedDateTime startsAt,
                List<UUID> facilitatorIds, int capacity, int reservedForRelatives) {
        }

        public String statusText() {
            return switch (meeting.status()) {
                case "DRAFT" -> "Utkast";
                case "PUBLISHED" -> "Publisert";
                case "CANCELLED" -> "Avlyst";
                case "HELD" -> "Gjennomført";
                default -> meeting.status();
            };
        }
    }
}
