package no.lpp.moteplass.team.organization.web;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import no.lpp.moteplass.team.organization.KnownOrganization;
import no.lpp.moteplass.team.organization.KnownOrganizations;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/teams/organizations")
class KnownOrganizationController {

    private final KnownOrganizations organizations;

    KnownOrganizationController(KnownOrganizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    Page<KnownOrganization> list(@Valid PageRequest page) {
        return Page.of(organizations.list(page), page, organizations.count());
    }

    @GetMapping("/{id}")
    KnownOrganization one(@PathVariable UUID id) {
        return organizations.find(id).orElseThrow(() -> new NotFoundException("organisasjon", id));
    }
}
