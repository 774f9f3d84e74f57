package no.lpp.moteplass.portal.staff.national;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.portal.meetings.Region;
import no.lpp.moteplass.portal.staff.SignedIn;
import no.lpp.moteplass.portal.staff.StaffApi;
import no.lpp.moteplass.portal.web.ServiceClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The services' APIs for LPP's national work (the register, training, the theme catalogue, reports), as the signed-in
 * user: the services decide who may read and change what.
 */
@Component
public class NationalApi {

    private final RestClient partnerships;
    private final RestClient teams;
    private final RestClient meetings;
    private final RestClient knowledge;

    NationalApi(ServiceClients clients, @Value("${moteplass.portal.partnership-service-url}") String partnershipService,
            @Value("${moteplass.portal.team-service-url}") String teamService,
            @Value("${moteplass.portal.meeting-service-url}") String meetingService,
            @Value("${moteplass.portal.knowledge-service-url}") String knowledgeService) {
        this.partnerships = clients.to(partnershipService);
        this.teams = clients.to(teamService);
        this.meetings = clients.to(meetingService);
        this.knowledge = clients.to(knowledgeService);
    }

    List<Organization> organizations(SignedIn user) {
        return get(partnerships, user, "/api/partnerships/organizations?size=100", new ParameterizedTypeReference<
                StaffApi.Page<Organization>>() {
        }).items();
    }

    List<Agreement> agreements(SignedIn user) {
        return get(partnerships, user, "/api/partnerships/agreements?size=100", new ParameterizedTypeReference<
                StaffApi.Page<Agreement>>() {
        }).items();
    }

    List<CourseType> courseTypes(SignedIn user) {
        return get(teams, user, "/api/teams/course-types?size=100", new ParameterizedTypeReference<
                StaffApi.Page<CourseType>>() {
        }).items();
    }

    List<Session> sessions(SignedIn user) {
        return get(teams, user, "/api/teams/sessions?size=100", new ParameterizedTypeReference<
                StaffApi.Page<Session>>() {
        }).items();
    }

    Session schedule(SignedIn user, Map<String, Object> session) {
        return teams.post().uri("/api/teams/sessions").header(HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(session).retrieve().body(Session.class);
    }

    /** Certifications that end within the given number of days (all of them for LPP's training staff). */
    List<CertificationView> expiringCertifications(SignedIn user, int days) {
        return get(teams, user, "/api/teams/certifications?size=100&expiringWithinDays=" + days,
                new ParameterizedTypeReference<StaffApi.Page<CertificationView>>() {
                }).items();
    }

    /** Each team's meetings this half-year against the concept's two to three. */
    List<TeamCadence> cadence(SignedIn user) {
        return get(meetings, user, "/api/meetings/cadence", new ParameterizedTypeReference<List<TeamCadence>>() {
        });
    }

    /** Adds a theme (id null) or changes one. */
    void saveTheme(SignedIn user, UUID id, Map<String, Object> theme) {
        (id == null ? meetings.post().uri("/api/meetings/themes") : meetings.put().uri("/api/meetings/themes/{id}", id))
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).contentType(MediaType.APPLICATION_JSON).body(theme)
                .retrieve().toBodilessEntity();
    }

    Report nationalReport(SignedIn user, int year) {
        return knowledge.get().uri("/api/knowledge/reports?level=NATIONAL&year={year}", year)
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve().body(Report.class);
    }

    /** The annual report for Helsedirektoratet as the knowledge service makes it, with its file name. */
    ResponseEntity<byte[]> annualReport(SignedIn user, int year) {
        return knowledge.get().uri("/api/knowledge/reports/annual/{year}.pdf", year)
                .header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve().toEntity(byte[].class);
    }

    private static <T> T get(RestClient service, SignedIn user, String uri, ParameterizedTypeReference<T> type) {
        return service.get().uri(uri).header(HttpHeaders.AUTHORIZATION, user.bearer()).retrieve().body(type);
    }

    /** An organisation in LPP's register. */
    public record Organization(UUID id, String name, String type, String region, UUID parentId, boolean active) {

        public String typeText() {
            return Words.ORGANIZATION_TYPES.getOrDefault(type, type);
        }

        public String regionText() {
            return region == null ? "" : Region.valueOf(region).label();
        }
    }

    /** A cooperation agreement; expiringSoon is the partnership service's judgement (active, ends within 90 days). */
    public record Agreement(UUID id, String title, String status, LocalDate startsOn, LocalDate endsOn,
            int meetingsPerHalfYear, List<Party> parties, boolean expiringSoon) {

        public record Party(UUID organizationId, String role, ZonedDateTime signedAt) {
        }

        public String statusText() {
            return Words.AGREEMENT_STATUSES.getOrDefault(status, status);
        }
    }

    public record CourseType(UUID id, String code, String name, String description, String certificationType,
            int validMonths) {

        public String certificationText() {
            return Words.CERTIFICATIONS.getOrDefault(certificationType, certificationType);
        }
    }

    public record Session(UUID id, UUID courseTypeId, ZonedDateTime startsAt, String place, String onlineLink,
            String trainer, int capacity, String status) {

        public String statusText() {
            return Words.SESSION_STATUSES.getOrDefault(status, status);
        }
    }

    public record CertificationView(Certification certification, boolean expiringSoon) {

        public record Certification(UUID id, UUID personId, String type, LocalDate issuedOn, LocalDate validUntil,
                String status) {

            public String typeText() {
                return Words.CERTIFICATIONS.getOrDefault(type, type);
            }
        }
    }

    public record TeamCadence(UUID teamId, String teamName, String halfYear, int meetings, String flag) {

        public String flagText() {
            return switch (flag) {
                case "TOO_FEW" -> "For få – konseptet har 2–3 møter per halvår";
                case "TOO_MANY" -> "Flere enn konseptets 3";
                default -> "I rute";
            };
        }
    }

    /** The national report (see the knowledge service's Report): counts about people are null when suppressed. */
    public record Report(int year, List<HalfYear> meetingsPerHalfYear, int teams, int partners, Participants participants,
            List<Count> themes, Feedback feedback, List<Count> insightsByServiceArea, List<Count> followUpOutcomes,
            int minimumGroupSize) {

        public record HalfYear(String halfYear, int held, int target) {
        }

        public record Count(String key, Integer count, boolean suppressed) {
        }

        public record Participants(Count relatives, List<Count> relativesByRelation, Count professionals,
                List<Count> professionalsBySector) {
        }

        public record Feedback(Count responses, Double usefulness, Double feltHeard, Double learnedAboutServices,
                Double wouldRecommendShare) {
        }
    }
}
