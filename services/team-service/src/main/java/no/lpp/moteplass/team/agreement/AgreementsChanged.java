package no.lpp.moteplass.team.agreement;

import java.util.List;
import java.util.UUID;

/** In-process: an agreement's status changed for these organisations, so their teams' readiness may have too. */
public record AgreementsChanged(List<UUID> organizationIds) {
}
