package no.lpp.moteplass.partnership.organization.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import no.lpp.moteplass.partnership.organization.Organization;
import no.lpp.moteplass.partnership.organization.OrganizationRegistration;
import no.lpp.moteplass.partnership.organization.Organizations;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/partnerships/organizations")
class OrganizationController {

    private final OrganizationRegistration registration;
    private final Organizations organizations;

    OrganizationController(OrganizationRegistration registration, Organizations organizations) {
        this.registration = registration;
        this.organizations = organizations;
    }

    /** Only LPP's national administrators maintain the register. */
    @PostMapping
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<OrganizationResponse> register(@Valid @RequestBody RegisterOrganizationRequest request) {
        Organization organization = registration.register(request.toRegistration(), Caller.current().subject());
        return ResponseEntity.created(URI.create("/api/partnerships/organizations/" + organization.id()))
                .body(OrganizationResponse.of(organization));
    }

    @GetMapping
    Page<OrganizationResponse> list(@Valid PageRequest page) {
        return Page.of(organizations.list(page), page, organizations.count()).map(OrganizationResponse::of);
    }

    @GetMapping("/{id}")
    OrganizationResponse one(@PathVariable UUID id) {
        return organizations.find(id).map(OrganizationResponse::of)
                .orElseThrow(() -> new NotFoundException("organisasjon", id));
    }
}
