package no.lpp.moteplass.team.certification.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import no.lpp.moteplass.team.access.TeamAccess;
import no.lpp.moteplass.team.certification.Certification;
import no.lpp.moteplass.team.certification.CertificationDesk;
import no.lpp.moteplass.team.certification.Certifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/teams/certifications")
class CertificationController {

    record Revocation(@FreeText @NotBlank(message = "må begrunnes") @Size(max = 2000) String reason) {
    }

    /** A certification with whether it ends within 60 days. */
    record CertificationResponse(Certification certification, boolean expiringSoon) {
    }

    private final Certifications certifications;
    private final CertificationDesk register;
    private final TeamAccess access;

    CertificationController(Certifications certifications, CertificationDesk register, TeamAccess access) {
        this.certifications = certifications;
        this.register = register;
        this.access = access;
    }

    /** Training staff see all; a coordinator their people's; anyone else their own. */
    @GetMapping
    Page<CertificationResponse> list(@RequestParam(required = false) UUID personId,
            @RequestParam(required = false) @Min(1) @Max(3650) Integer expiringWithinDays, @Valid PageRequest page) {
        LocalDate today = register.today();
        var visible = access.visiblePersons(Caller.current());
        LocalDate endingBy = expiringWithinDays == null ? null : today.plusDays(expiringWithinDays);
        return Page.of(certifications.list(personId, visible, endingBy, page), page,
                        certifications.count(personId, visible, endingBy))
                .map(c -> new CertificationResponse(c, c.expiringSoon(today)));
    }

    @PostMapping("/{id}/revocation")
    @PreAuthorize("hasAnyRole('lpp-admin', 'lpp-trainer')")
    Certification revoke(@PathVariable UUID id, @Valid @RequestBody Revocation body) {
        return register.revoke(id, body.reason(), Caller.current().subject());
    }
}
