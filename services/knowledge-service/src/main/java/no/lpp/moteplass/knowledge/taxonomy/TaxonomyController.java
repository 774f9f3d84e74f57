package no.lpp.moteplass.knowledge.taxonomy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import no.lpp.moteplass.support.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/knowledge/tags")
class TaxonomyController {

    record TagRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,59}") String code,
            @NotBlank @Size(max = 200) String label) {
    }

    record LabelRequest(@NotBlank @Size(max = 200) String label) {
    }

    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping
    List<Taxonomy.Tag> all() {
        return taxonomy.all();
    }

    @PostMapping
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<Taxonomy.Tag> add(@Valid @RequestBody TagRequest request) {
        Taxonomy.Tag tag = taxonomy.add(new Taxonomy.Tag(request.code(), request.label().strip()));
        return ResponseEntity.created(URI.create("/api/knowledge/tags/" + tag.code())).body(tag);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('lpp-admin')")
    Taxonomy.Tag relabel(@PathVariable String code, @Valid @RequestBody LabelRequest request) {
        if (!taxonomy.relabel(code, request.label().strip())) {
            throw new NotFoundException("knagg", code);
        }
        return new Taxonomy.Tag(code, request.label().strip());
    }
}
