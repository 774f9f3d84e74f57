package no.lpp.moteplass.portal.staff.national;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.portal.meetings.Region;
import no.lpp.moteplass.portal.staff.Page;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** LPP's register in the partnership service, as the signed-in user may read it (see ServiceClients). */
@HttpExchange("/api/partnerships")
interface PartnershipApi {

    @GetExchange("/organizations?size=100")
    Page<Organization> organizations();

    @GetExchange("/agreements?size=100")
    Page<Agreement> agreements();

    /** An organisation in LPP's register. */
    record Organization(UUID id, String name, String type, String region, UUID parentId, boolean active) {

        public String typeText() {
            return Words.ORGANIZATION_TYPES.getOrDefault(type, type);
        }

        public String regionText() {
            return region == null ? "" : Region.valueOf(region).label();
        }
    }

    /** A cooperation agreement; expiringSoon is the partnership service's judgement (active, ends within 90 days). */
    record Agreement(UUID id, String title, String status, LocalDate startsOn, LocalDate endsOn,
            int meetingsPerHalfYear, List<Party> parties, boolean expiringSoon) {

        public record Party(UUID organizationId, String role, ZonedDateTime signedAt) {
        }

        public String statusText() {
            return Words.AGREEMENT_STATUSES.getOrDefault(status, status);
        }
    }
}
