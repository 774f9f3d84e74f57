package no.lpp.moteplass.partnership.agreement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.partnership.access.PartnershipAccess;
import no.lpp.moteplass.partnership.agreement.Agreement;
import no.lpp.moteplass.partnership.agreement.AgreementFilter;
import no.lpp.moteplass.partnership.agreement.AgreementDesk;
import no.lpp.moteplass.partnership.agreement.AgreementStatus;
import no.lpp.moteplass.partnership.agreement.Agreements;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/partnerships/agreements")
class AgreementController {

    private final AgreementDesk lifecycle;
    private final Agreements agreements;
    private final PartnershipAccess access;
    private final ChangeHistory history;

    AgreementController(AgreementDesk lifecycle, Agreements agreements, PartnershipAccess access,
            ChangeHistory history) {
        this.lifecycle = lifecycle;
        this.agreements = agreements;
        this.access = access;
        this.history = history;
    }

    @GetMapping
    Page<AgreementResponse> list(@RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) @Min(1) @Max(3650) Integer expiringWithinDays,
            @Valid PageRequest page) {
        LocalDate today = lifecycle.today();
        var filter = new AgreementFilter(status, organizationId,
                expiringWithinDays == null ? null : today.plusDays(expiringWithinDays),
                access.readableOrganizations(Caller.current()));
        return Page.of(agreements.list(filter, page), page, agreements.count(filter))
                .map(agreement -> AgreementResponse.of(agreement, today));
    }

    @GetMapping("/{id}")
    ResponseEntity<AgreementResponse> one(@PathVariable UUID id) {
        Agreement agreement = find(id);
        access.requireReadable(Caller.current(), agreement);
        return respond(HttpStatus.OK, agreement);
    }

    @PostMapping
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<AgreementResponse> draft(@Valid @RequestBody AgreementRequest request) {
        Agreement agreement = lifecycle.draft(request.toTerms(), Caller.current().subject());
        return respond(HttpStatus.CREATED, agreement);
    }

    /** Changes a draft's terms; signatures already given are withdrawn, since they were given to other terms. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<AgreementResponse> change(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AgreementRequest request) {
        long version = ETags.requireVersion(ifMatch);
        return respond(HttpStatus.OK, lifecycle.change(id, version, request.toTerms(), Caller.current().subject()));
    }

    /**
     * LPP administrators sign for any party, a coordinator only for their own organisation, and only an agreement they
     * may read: another organisation's agreement is refused before anything about it (such as its state) is told.
     */
    @PostMapping("/{id}/signatures")
    ResponseEntity<AgreementResponse> sign(@PathVariable UUID id, @Valid @RequestBody AgreementActions.Signature body) {
        Caller caller = Caller.current();
        access.requireReadable(caller, find(id));
        access.requireMaySignFor(caller, body.organizationId());
        return respond(HttpStatus.OK, lifecycle.sign(id, body.organizationId(), caller.subject()));
    }

    @PostMapping("/{id}/termination")
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<AgreementResponse> terminate(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AgreementActions.Termination body) {
        long version = ETags.requireVersion(ifMatch);
        return respond(HttpStatus.OK, lifecycle.terminate(id, version, body.reason(), Caller.current().subject()));
    }

    @PostMapping("/{id}/renewal")
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<AgreementResponse> renew(@PathVariable UUID id, @Valid @RequestBody AgreementActions.Renewal body) {
        Agreement successor = lifecycle.renew(id, body.startsOn(), body.endsOn(), Caller.current().subject());
        return respond(HttpStatus.CREATED, successor);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasRole('lpp-admin')")
    List<ChangeHistory.Change> history(@PathVariable UUID id) {
        find(id);
        return history.of("agreement", id);
    }

    private Agreement find(UUID id) {
        return agreements.find(id).orElseThrow(() -> new NotFoundException("avtale", id));
    }

    private ResponseEntity<AgreementResponse> respond(HttpStatus status, Agreement agreement) {
        var response = ResponseEntity.status(status).eTag(ETags.of(agreement.version()));
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/partnerships/agreements/" + agreement.id()));
        }
        return response.body(AgreementResponse.of(agreement, lifecycle.today()));
    }
}
