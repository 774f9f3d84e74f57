package no.lpp.moteplass.knowledge.feedback.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import no.lpp.moteplass.knowledge.directory.Directory;
import no.lpp.moteplass.knowledge.directory.KnownMeeting;
import no.lpp.moteplass.knowledge.feedback.FeedbackBox;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.problem.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The anonymous feedback form, no login: as JSON for the portal, and as a plain page for the QR code. */
@RestController
@RequestMapping("/public/feedback/{token}")
class PublicFeedbackController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"))
            .withZone(ZoneId.of("Europe/Oslo"));
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    enum Category { RELATIVE, PROFESSIONAL }

    /** The form: which meeting, and the one-time session an answer must carry. */
    record Form(String meeting, String session) {
    }

    record AnswerRequest(@NotBlank String session, @NotNull Category category,
            @NotNull @Min(1) @Max(5) Integer usefulness, @NotNull @Min(1) @Max(5) Integer feltHeard,
            @NotNull @Min(1) @Max(5) Integer learnedAboutServices, @NotNull Boolean wouldRecommend,
            @FreeText @Size(max = 2000) String freeText) {

        FeedbackBox.Answers toAnswers() {
            return new FeedbackBox.Answers(category.name(), usefulness, feltHeard, learnedAboutServices,
                    wouldRecommend, freeText == null || freeText.isBlank() ? null : freeText.strip());
        }
    }

    private final FeedbackBox box;
    private final Directory directory;

    PublicFeedbackController(FeedbackBox box, Directory directory) {
        this.box = box;
        this.directory = directory;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Form> form(@PathVariable String token) {
        UUID meeting = meetingOf(token);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Form(describe(meeting), box.openSession(meeting)));
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String token) {
        UUID meeting = meetingOf(token);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(HTML)
                .body(FeedbackPage.form(token, box.openSession(meeting), describe(meeting)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> answer(@PathVariable String token, @Valid @RequestBody AnswerRequest request) {
        box.submit(meetingOf(token), request.session(), request.toAnswers());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> answerFromPage(@PathVariable String token, @Valid @ModelAttribute AnswerRequest request) {
        box.submit(meetingOf(token), request.session(), request.toAnswers());
        return ResponseEntity.status(HttpStatus.CREATED).contentType(HTML).body(FeedbackPage.thanks());
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
