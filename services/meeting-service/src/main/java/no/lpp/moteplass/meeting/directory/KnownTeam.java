package no.lpp.moteplass.meeting.directory;

import java.util.List;
import java.util.UUID;

/** A team as last announced by the teams service. */
public record KnownTeam(UUID id, String name, String locality, String status, List<UUID> hostOrganizationIds,
        List<UUID> professionalIds) {

    public boolean isReady() {
        return "READY".equals(status);
    }
}
