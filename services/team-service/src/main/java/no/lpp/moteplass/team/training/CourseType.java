package no.lpp.moteplass.team.training;

import java.util.UUID;

/**
 * A kind of course LPP gives.
 *
 * @param certificationType the certification completing it grants: {@code BASIC} or {@code FACILITATOR}
 * @param validMonths       how long that certification stays valid
 */
public record CourseType(UUID id, String code, String name, String description, String certificationType,
        int validMonths) {
}
