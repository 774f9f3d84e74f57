package no.lpp.moteplass.portal.staff;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The meetings service's API as the signed-in user (see ServiceClients): planning and publishing, the day's
 * participant list, the theme catalogue and the teams' cadence. A change sends back the ETag it was shown.
 */
@HttpExchange("/api/meetings")
public interface MeetingApi {

    @GetExchange("/themes?size=100")
    Page<Theme> themes();

    @PostExchange("/themes")
    void addTheme(@RequestBody Map<String, Object> theme);

    @PutExchange("/themes/{id}")
    void changeTheme(@PathVariable UUID id, @RequestBody Map<String, Object> theme);

    @GetExchange("/meetings?size=50")
    Page<Planned> meetings();

    /** A meeting with its ETag, which a change must send back. */
    @GetExchange("/meetings/{id}")
    ResponseEntity<Planned> meeting(@PathVariable UUID id);

    @PostExchange("/meetings")
    Planned plan(@RequestBody Map<String, Object> plan);

    @PostExchange("/meetings/{id}/publication")
    Planned publish(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String etag);

    /** The participant list (every read is in the meetings service's audit log). */
    @GetExchange("/meetings/{id}/participants?size=200")
    Page<Participant> participants(@PathVariable UUID id);

    @PutExchange("/meetings/{id}/participants/{registration}/check-in")
    void checkIn(@PathVariable UUID id, @PathVariable UUID registration);

    @DeleteExchange("/meetings/{id}/participants/{registration}/check-in")
    void undoCheckIn(@PathVariable UUID id, @PathVariable UUID registration);

    /** Marks the meeting held, with those who came without registering ({@code walkIns}: counted, not named). */
    @PostExchange("/meetings/{id}/held")
    void hold(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String etag,
            @RequestBody Map<String, Object> walkIns);

    /** Each team's meetings this half-year against the concept's two to three. */
    @GetExchange("/cadence")
    List<TeamCadence> cadence();

    /** @param guidance advice for the facilitators preparing a meeting on the theme */
    record Theme(UUID id, String title, String description, String guidance) {
    }

    /** A meeting as its planners see it. */
    record Planned(Meeting meeting) {

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

    /** A registration as the meeting's facilitators see it. */
    record Participant(UUID id, String status, String category, String relation, String sector, String workplace,
            String name, String dietaryNeeds, String accessibilityNeeds, boolean checkedIn) {

        public boolean waitlisted() {
            return "WAITLISTED".equals(status);
        }
    }

    record TeamCadence(UUID teamId, String teamName, String halfYear, int meetings, String flag) {

        public String flagText() {
            return switch (flag) {
                case "TOO_FEW" -> "For få – konseptet har 2–3 møter per halvår";
                case "TOO_MANY" -> "Flere enn konseptets 3";
                default -> "I rute";
            };
        }
    }
}
