package no.lpp.moteplass.partnership.agreement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.partnership.agreement.Agreement;
import no.lpp.moteplass.partnership.agreement.Party;
import no.lpp.moteplass.partnership.agreement.PartyRole;
import no.lpp.moteplass.support.input.FreeText;

/** Body of {@code POST} (draft) and {@code PUT} (change a draft) on {@code /api/partnerships/agreements}. */
public record AgreementRequest(
        @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ikke være lengre enn 200 tegn") String title,
        @NotNull(message = "må fylles ut") LocalDate startsOn,
        @NotNull(message = "må fylles ut") LocalDate endsOn,
        @Min(value = 2, message = "konseptet har 2–3 møter per halvår")
        @Max(value = 3, message = "konseptet har 2–3 møter per halvår") Integer meetingsPerHalfYear,
        @NotEmpty(message = "må ha parter") @Size(max = 20, message = "høyst 20 parter")
        List<@Valid @NotNull PartyRequest> parties) {

    /**
     * One party; without {@code commitments} the concept's default commitments for the role apply.
     */
    public record PartyRequest(
            @NotNull(message = "må fylles ut") UUID organizationId,
            @NotNull(message = "må velges") PartyRole role,
            @FreeText @Size(max = 20, message = "høyst 20 forpliktelser")
            List<@NotBlank @Size(max = 500) String> commitments) {
    }

    /** The concept's default: two meetings per half-year. */
    static final int DEFAULT_MEETINGS_PER_HALF_YEAR = 2;

    Agreement.Terms toTerms() {
        return new Agreement.Terms(title.strip(), startsOn, endsOn,
                meetingsPerHalfYear == null ? DEFAULT_MEETINGS_PER_HALF_YEAR : meetingsPerHalfYear,
                parties.stream().map(p -> new Party(p.organizationId(), p.role(), p.commitments(), null, null)).toList());
    }
}
