package no.lpp.moteplass.partnership.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.lpp.moteplass.support.input.FreeText;

/** Bodies of the agreement's actions. */
final class AgreementActions {

    private AgreementActions() {
    }

    /** {@code POST /{id}/signatures}: sign on behalf of one party. */
    record Signature(@NotNull(message = "må fylles ut") UUID organizationId) {
    }

    /** {@code POST /{id}/termination}: end an agreement early. */
    record Termination(@FreeText @NotBlank(message = "må begrunnes") @Size(max = 2000) String reason) {
    }

    /** {@code POST /{id}/renewal}: a successor for a new period (defaults: from the day after, same length). */
    record Renewal(LocalDate startsOn, LocalDate endsOn) {
    }
}
