package no.lpp.moteplass.partnership.organization.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.partnership.access.PartnershipAccess;
import no.lpp.moteplass.partnership.organization.HealthRegion;
import no.lpp.moteplass.partnership.organization.Organization;
import no.lpp.moteplass.partnership.organization.OrganizationFilter;
import no.lpp.moteplass.partnership.organization.OrganizationDesk;
import no.lpp.moteplass.partnership.organization.OrganizationType;
import no.lpp.moteplass.partnership.organization.Organizations;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
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
@RequestMapping("/api/partnerships/organizations")
class OrganizationController {

    private final OrganizationDesk register;
    private final Organizations organizations;
    private final PartnershipAccess access;
    private final ChangeHistory history;

    OrganizationController(OrganizationDesk register, Organizations organizations, PartnershipAccess access,
            ChangeHistory history) {
        this.register = register;
        this.organizations = organizations;
        this.access = access;
        this.history = history;
    }

    /** Only LPP's national administrators maintain the register. */
    @PostMapping
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<OrganizationResponse> register(@Valid @RequestBody OrganizationRequest request) {
        Organization organization = register.register(request.toDetails(), Caller.current().subject());
        return ResponseEntity.created(URI.create("/api/partnerships/organizations/" + organization.id()))
                .eTag(ETags.of(organization.version()))
                .body(OrganizationResponse.of(organization));
    }

    @GetMapping
    Page<OrganizationResponse> list(@RequestParam(required = false) OrganizationType type,
            @RequestParam(required = false) HealthRegion region, @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) Boolean active, @Valid PageRequest page) {
        var filter = new OrganizationFilter(type, region, parentId, active,
                access.readableOrganizations(Caller.current()));
        return Page.of(organizations.list(filter, page), page, organizations.count(filter)).map(OrganizationResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<OrganizationResponse> one(@PathVariable UUID id) {
        access.requireReadable(Caller.current(), id);
        Organization organization = organizations.find(id).orElseThrow(() -> new NotFoundException("organisasjon", id));
        return ResponseEntity.ok().eTag(ETags.of(organization.version())).body(OrganizationResponse.of(organization));
    }

    /** Changes the organisation; {@code If-Match} must carry the ETag from the last read. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<OrganizationResponse> change(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OrganizationRequest request) {
        long version = ETags.requireVersion(ifMatch);
        Organization changed = register.change(id, version, request.toDetails(), Caller.current().subject());
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(OrganizationResponse.of(changed));
    }

    /** Organisations are never deleted, only deactivated; their history stays. */
    @PostMapping("/{id}/deactivation")
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<OrganizationResponse> deactivate(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Organization deactivated = register.deactivate(id, ETags.requireVersion(ifMatch), Caller.current().subject());
        return ResponseEntity.ok().eTag(ETags.of(deactivated.version())).body(OrganizationResponse.of(deactivated));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasRole('lpp-admin')")
    List<ChangeHistory.Change> history(@PathVariable UUID id) {
        if (!organizations.exists(id)) {
            throw new NotFoundException("organisasjon", id);
        }
        return history.of("organization", id);
    }
}
