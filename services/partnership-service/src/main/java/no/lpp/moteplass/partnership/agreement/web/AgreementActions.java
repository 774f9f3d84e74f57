package no.lpp.moteplass.partnership.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Bodies of the agreement's actions. */
final class AgreementActions {

    private AgreementActions() {
    }

    /** {@code POST /{id}/signatures}: sign on behalf of one party. */
    record Signature(@NotNull(message = "må fylles ut") UUID organizationId) {
    }

    /** {@code POST /{id}/termination}: end an agreement early. */
    record Termination(@NotBlank(message = "må begrunnes") @Size(max = 2000) String reason) {
    }

    /** {@code POST /{id}/renewal}: a successor for a new period (defaults: from the day after, same length). */
    record Renewal(LocalDate startsOn, LocalDate endsOn) {
    }
}
