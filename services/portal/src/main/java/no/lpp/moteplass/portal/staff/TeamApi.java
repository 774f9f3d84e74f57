package no.lpp.moteplass.portal.staff;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The teams service's API as the signed-in user (see ServiceClients): the service decides what the user may read. */
@HttpExchange("/api/teams")
public interface TeamApi {

    @GetExchange("/teams?size=100")
    Page<Team> teams();

    @GetExchange("/teams/{id}")
    Team team(@PathVariable UUID id);

    @GetExchange("/persons/{id}")
    Person person(@PathVariable UUID id);

    /** An organisation by its name, from the teams service's copy of the register (readable by anyone signed in). */
    @GetExchange("/organizations/{id}")
    Organization organization(@PathVariable UUID id);

    record Organization(UUID id, String name) {
    }

    record Person(UUID id, String name) {
    }

    record Team(UUID id, String name, String locality, String status, List<UUID> hostOrganizationIds,
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
}
