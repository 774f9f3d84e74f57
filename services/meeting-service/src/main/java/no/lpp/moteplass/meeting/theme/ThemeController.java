package no.lpp.moteplass.meeting.theme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
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
@RequestMapping("/api/meetings/themes")
class ThemeController {

    record ThemeRequest(@NotBlank @Size(max = 200) String title, @FreeText @NotBlank @Size(max = 2000) String description,
            @FreeText @NotBlank @Size(max = 4000) String guidance) {
    }

    private final Themes themes;

    ThemeController(Themes themes) {
        this.themes = themes;
    }

    @GetMapping
    Page<Theme> list(@Valid PageRequest page) {
        return Page.of(themes.list(page.size(), page.offset()), page, themes.count());
    }

    @PostMapping
    @PreAuthorize("hasRole('lpp-admin')")
    ResponseEntity<Theme> add(@Valid @RequestBody ThemeRequest request) {
        Theme theme = themes.add(request.title(), request.description(), request.guidance());
        return ResponseEntity.created(URI.create("/api/meetings/themes/" + theme.id())).body(theme);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('lpp-admin')")
    Theme change(@PathVariable UUID id, @Valid @RequestBody ThemeRequest request) {
        return themes.change(id, request.title(), request.description(), request.guidance())
                .orElseThrow(() -> new NotFoundException("tema", id));
    }
}
