package no.lpp.moteplass.portal.staff.national;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.portal.staff.Page;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The courses, sessions and certifications in the teams service, as the signed-in user (see ServiceClients). */
@HttpExchange("/api/teams")
interface TrainingApi {

    @GetExchange("/course-types?size=100")
    Page<CourseType> courseTypes();

    @GetExchange("/sessions?size=100")
    Page<Session> sessions();

    @PostExchange("/sessions")
    Session schedule(@RequestBody Map<String, Object> session);

    /** Certifications that end within the given number of days (all of them for LPP's training staff). */
    @GetExchange("/certifications?size=100")
    Page<CertificationView> expiringCertifications(@RequestParam("expiringWithinDays") int days);

    record CourseType(UUID id, String code, String name, String description, String certificationType,
            int validMonths) {

        public String certificationText() {
            return Words.CERTIFICATIONS.getOrDefault(certificationType, certificationType);
        }
    }

    record Session(UUID id, UUID courseTypeId, ZonedDateTime startsAt, String place, String onlineLink,
            String trainer, int capacity, String status) {

        public String statusText() {
            return Words.SESSION_STATUSES.getOrDefault(status, status);
        }
    }

    record CertificationView(Certification certification, boolean expiringSoon) {

        public record Certification(UUID id, UUID personId, String type, LocalDate issuedOn, LocalDate validUntil,
                String status) {

            public String typeText() {
                return Words.CERTIFICATIONS.getOrDefault(type, type);
            }
        }
    }
}
