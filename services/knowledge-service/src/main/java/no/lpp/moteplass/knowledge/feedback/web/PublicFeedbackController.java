package no.lpp.moteplass.knowledge.feedback.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.knowledge.directory.Directory;
import no.lpp.moteplass.knowledge.directory.KnownMeeting;
import no.lpp.moteplass.knowledge.feedback.FeedbackDesk;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.problem.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The anonymous feedback form, no login, as JSON for the portal. A browser that opens the form's address here (QR codes
 * printed before the portal had the form) is sent on to the portal's page, {@code /tilbakemelding/{token}}.
 */
@RestController
@RequestMapping("/public/feedback/{token}")
class PublicFeedbackController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"))
            .withZone(Norway.ZONE);

    enum Category { RELATIVE, PROFESSIONAL }

    /** The form: which meeting, and the one-time session an answer must carry. */
    record Form(String meeting, String session) {
    }

    record AnswerRequest(@NotBlank String session, @NotNull Category category,
            @NotNull @Min(1) @Max(5) Integer usefulness, @NotNull @Min(1) @Max(5) Integer feltHeard,
            @NotNull @Min(1) @Max(5) Integer learnedAboutServices, @NotNull Boolean wouldRecommend,
            @FreeText @Size(max = 2000) String freeText) {

        FeedbackDesk.Answers toAnswers() {
            return new FeedbackDesk.Answers(category.name(), usefulness, feltHeard, learnedAboutServices,
                    wouldRecommend, freeText == null || freeText.isBlank() ? null : freeText.strip());
        }
    }

    private final FeedbackDesk box;
    private final Directory directory;
    private final URI publicUrl;

    PublicFeedbackController(FeedbackDesk box, Directory directory, @Value("${moteplass.public-url}") URI publicUrl) {
        this.box = box;
        this.directory = directory;
        this.publicUrl = publicUrl;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Form> form(@PathVariable String token) {
        UUID meeting = meetingOf(token);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Form(describe(meeting), box.openSession(meeting)));
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Void> page(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(UriComponentsBuilder.fromUri(publicUrl).path("/tilbakemelding/{token}").build(token)).build();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> answer(@PathVariable String token, @Valid @RequestBody AnswerRequest request) {
        box.submit(meetingOf(token), request.session(), request.toAnswers());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private UUID meetingOf(String token) {
        return box.meetingOfForm(token).orElseThrow(() -> new NotFoundException("tilbakemeldingsskjema", "lenken"));
    }

    private String describe(UUID meetingId) {
        return directory.meeting(meetingId).map(PublicFeedbackController::describe).orElse("Pårørende MØTEPLASS");
    }

    private static String describe(KnownMeeting meeting) {
        return "Pårørende MØTEPLASS" + (meeting.themeTitle() == null ? "" : ": " + meeting.themeTitle()) + ", "
                + DAY.format(meeting.startsAt());
    }
}
