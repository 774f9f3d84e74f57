package no.lpp.moteplass.knowledge.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A meeting as the meetings service last announced it, with its team's name and hosts. */
public record KnownMeeting(UUID id, UUID teamId, String teamName, String themeTitle, String status, Instant startsAt,
        List<UUID> facilitatorIds, List<UUID> hostOrganizationIds) {

    public boolean isHeld() {
        return "HELD".equals(status);
    }

    public boolean isLedBy(Collection<UUID> personIds) {
        return facilitatorIds.stream().anyMatch(personIds::contains);
    }
}
