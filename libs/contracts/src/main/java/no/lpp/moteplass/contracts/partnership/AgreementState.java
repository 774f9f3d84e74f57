package no.lpp.moteplass.contracts.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The full state of a cooperation agreement (samarbeidsavtale) after a change. The teams service uses it to know
 * which organisations may host a MØTEPLASS team: those that are party to an {@code ACTIVE} agreement.
 *
 * @param agreementId         the agreement's id, also the Kafka key
 * @param status              {@code DRAFT}, {@code ACTIVE}, {@code EXPIRED} or {@code TERMINATED}; consumers must
 *                            accept values they do not know
 * @param startsOn            first day of the agreement period
 * @param endsOn              last day of the agreement period
 * @param meetingsPerHalfYear how many meetings the partner expects to hold per half-year
 * @param parties             LPP, the partner organisations and any supporters
 * @param predecessorId       the agreement this one renews, if any
 * @param changedAt           when the change happened
 */
public record AgreementState(
        UUID agreementId,
        String status,
        LocalDate startsOn,
        LocalDate endsOn,
        int meetingsPerHalfYear,
        List<Party> parties,
        UUID predecessorId,
        Instant changedAt) {

    /**
     * One party to the agreement.
     *
     * @param organizationId the organisation
     * @param role           {@code LPP}, {@code PARTNER} or {@code SUPPORTER}
     * @param signed         whether it has signed
     */
    public record Party(UUID organizationId, String role, boolean signed) {
    }
}
