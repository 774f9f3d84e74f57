package no.lpp.moteplass.meeting.registration.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import no.lpp.moteplass.meeting.planning.Meetings;
import no.lpp.moteplass.meeting.publiclisting.PublicMeeting;
import no.lpp.moteplass.meeting.registration.Registration;
import no.lpp.moteplass.meeting.registration.RegistrationDesk;
import no.lpp.moteplass.meeting.registration.RegistrationStatus;
import no.lpp.moteplass.support.input.FreeText;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.web.Admission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Registering without an account, and managing the registration by the link in the confirmation email: what anyone
 * may do under {@code /public} with a registration. The registrant sees the meeting as the public listing shows it.
 */
@RestController
@RequestMapping("/public")
class PublicRegistrationController {


    enum Category { RELATIVE, PROFESSIONAL }

    enum Relation { PARENT, CHILD, SIBLING, PARTNER, GRANDPARENT, FRIEND, NEIGHBOUR, OTHER }

    enum Sector {
        SPECIALIST_MENTAL_HEALTH_AND_SUBSTANCE_USE, MUNICIPAL_SERVICES, GP, PPT, NAV, CHILD_WELFARE,
        FAMILY_COUNSELLING, OTHER
    }

    /**
     * What a person registering tells us: the minimum, and never a diagnosis or national identity number. Each field
     * is explained in the portal.
     */
    record RegistrationRequest(
            @NotNull(message = "velg om du kommer som pårørende eller fagperson") Category category,
            Relation relation,
            Sector sector,
            @Size(max = 200) String workplace,
            @NotBlank(message = "skriv navnet ditt") @Size(max = 200) String name,
            @Email(message = "skriv inn e-postadressen din, for eksempel navn@eksempel.no") @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "skriv inn mobilnummeret ditt med 8 siffer, for eksempel 912 34 567") String mobile,
            @FreeText @Size(max = 500) String dietaryNeeds,
            @FreeText @Size(max = 500) String accessibilityNeeds,
            @AssertTrue(message = "kryss av for at du har lest personvernerklæringen og samtykker") boolean consent) {

        @AssertTrue(message = "skriv inn e-postadressen din eller et mobilnummer, så vi kan nå deg")
        boolean isReachable() {
            return (email != null && !email.isBlank()) || (mobile != null && !mobile.isBlank());
        }

        @AssertTrue(message = "velg hvem du er pårørende til")
        boolean isRelationGiven() {
            return category != Category.RELATIVE || relation != null;
        }

        @AssertTrue(message = "velg hvilken tjeneste du jobber i")
        boolean isSectorGiven() {
            return category != Category.PROFESSIONAL || sector != null;
        }

        Registration toRegistration() {
            boolean relative = category == Category.RELATIVE;
            return new Registration(null, null, category.name(), relative ? relation.name() : null,
                    relative ? null : sector.name(), relative ? null : workplace, name.strip(), blankToNull(email),
                    blankToNull(mobile), dietaryNeeds, accessibilityNeeds, null, null, null);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * What the registrant sees: their own registration and the meeting. The manage token is shown once, right after
     * registering; it is also in the confirmation email.
     *
     * @param erased the name and contact details are gone (erased on request, or after the meeting)
     */
    record RegistrationView(UUID meetingId, RegistrationStatus status, String category, boolean erased, String manageToken,
            PublicMeeting meeting) {
    }

    private final Meetings meetings;
    private final RegistrationDesk desk;
    private final Admission admission;
    private final Clock clock;

    PublicRegistrationController(Meetings meetings, RegistrationDesk desk, Admission admission, Clock clock) {
        this.meetings = meetings;
        this.desk = desk;
        this.admission = admission;
        this.clock = clock;
    }

    @PostMapping("/meetings/{id}/registrations")
    ResponseEntity<RegistrationView> register(@PathVariable UUID id, @Valid @RequestBody RegistrationRequest request) {
        RegistrationDesk.Registered registered = admission.admit(() -> desk.register(id, request.toRegistration()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(registered.registration(), registered.manageToken()));
    }

    @GetMapping(value = "/registrations/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    RegistrationView registration(@PathVariable String token) {
        return view(byToken(token), null);
    }

    /** A link in an email sent before the portal had the page, opened in a browser: the portal's page. */
    @GetMapping(value = "/registrations/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Void> registrationPage(@PathVariable String token,
            @Value("${moteplass.notifications.public-url}") URI publicUrl) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(UriComponentsBuilder.fromUri(publicUrl).path("/pamelding/{token}").build(token)).build();
    }

    @DeleteMapping("/registrations/{token}")
    RegistrationView cancel(@PathVariable String token) {
        return view(desk.cancel(token), null);
    }

    /** Erases name and contact details now; only the anonymous category stays for the meeting's counts. */
    @PostMapping("/registrations/{token}/erasure")
    ResponseEntity<Void> erase(@PathVariable String token) {
        desk.erase(token);
        return ResponseEntity.noContent().build();
    }

    /** The old manage page's buttons (HTML forms in pages already open): act, then on to the portal's page. */
    @PostMapping(value = "/registrations/{token}/cancellation", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> cancelFromPage(@PathVariable String token) {
        if (byToken(token).status() != RegistrationStatus.CANCELLED) { // a second click changes nothing
            desk.cancel(token);
        }
        return backToPage(token);
    }

    @PostMapping(value = "/registrations/{token}/erasure", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> eraseFromPage(@PathVariable String token) {
        desk.erase(token);
        return backToPage(token);
    }

    private static ResponseEntity<Void> backToPage(String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/public/registrations/" + token))
                .build();
    }

    private Registration byToken(String token) {
        return desk.byToken(token).orElseThrow(() -> new NotFoundException("påmelding", "lenken"));
    }

    private RegistrationView view(Registration registration, String manageToken) {
        PublicMeeting meeting = meetings.described(registration.meetingId())
                .map(described -> PublicMeeting.of(described, clock.instant())).orElse(null);
        boolean erased = registration.name() == null && registration.email() == null && registration.mobile() == null;
        return new RegistrationView(registration.meetingId(), registration.status(), registration.category(), erased,
                manageToken, meeting);
    }
}
