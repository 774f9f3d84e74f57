package no.lpp.moteplass.team.certification;

import java.util.UUID;

/** In-process: a person's certifications changed, so the readiness of their teams may have too. */
public record CertificationsChanged(UUID personId) {
}
