package no.lpp.moteplass.partnership.agreement;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which agreements a list shows.
 *
 * @param endingBy an {@code ACTIVE} agreement whose end date is on or before this day (expiring-within), or {@code null}
 * @param visible  {@code null} for all (LPP administrators), otherwise the organisations whose agreements the caller
 *                 may see
 */
public record AgreementFilter(AgreementStatus status, UUID organizationId, LocalDate endingBy, Set<UUID> visible) {
}
