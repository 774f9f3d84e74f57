package no.lpp.moteplass.contracts.teams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's certification after a change.
 *
 * @param certificationId the certification's id, also the Kafka key
 * @param personId        who holds it
 * @param type            {@code BASIC} (the concept training every team member takes) or {@code FACILITATOR}
 *                        (professionals who lead meetings); consumers must accept values they do not know
 * @param validUntil      last day it is valid
 * @param status          {@code VALID}, {@code EXPIRED} or {@code REVOKED}
 * @param changedAt       when the change happened
 */
public record CertificationState(UUID certificationId, UUID personId, String type, LocalDate validUntil, String status,
        Instant changedAt) {
}
