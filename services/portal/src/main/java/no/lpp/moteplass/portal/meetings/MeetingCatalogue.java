package no.lpp.moteplass.portal.meetings;

import no.lpp.moteplass.portal.web.FormFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.portal.web.ApiProblem;
import no.lpp.moteplass.portal.web.ServiceClients;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.service.registry.ImportHttpServices;

/** The meetings service's public API, as the portal's pages use it: what is not there is empty, a refusal explained. */
@Component
@ImportHttpServices(group = ServiceClients.MEETING_SERVICE, types = ListingApi.class)
public class MeetingCatalogue {

    /** The registration form as registration.html shows it; the service's rules on several fields point at one. */
    static final FormFields REGISTRATION = FormFields.form()
            .choice("category", "om du kommer som pårørende eller fagperson")
            .choice("relation", "hvem du er pårørende til")
            .choice("sector", "hvor du jobber")
            .text("workplace", "arbeidssted")
            .text("name", "navnet ditt")
            .text("email", "e-postadressen din")
            .text("mobile", "mobilnummeret ditt")
            .text("dietaryNeeds", "behov for mat")
            .text("accessibilityNeeds", "behov for tilrettelegging")
            .choice("consent", "at du har lest personvernerklæringen")
            .alias("reachable", "email").alias("relationGiven", "relation").alias("sectorGiven", "sector");

    private final ListingApi listing;

    MeetingCatalogue(ListingApi listing) {
        this.listing = listing;
    }

    /** Upcoming meetings (published or cancelled, not yet over), soonest first. */
    public List<Meeting> upcoming(Filter filter) {
        return listing.upcoming(filter.region() == null ? null : filter.region().name(), filter.organizationId(),
                filter.themeId());
    }

    /** One public meeting; empty for an unknown id or a meeting not (yet) published. */
    public Optional<Meeting> meeting(UUID id) {
        try {
            return Optional.ofNullable(listing.meeting(id));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    /** Registers; the result says whether a seat or a waiting-list place was given, and the manage link's token. */
    public Registered register(UUID meetingId, RegistrationForm form) {
        try {
            return listing.register(meetingId, form.toRequest());
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw new RegistrationRefused("Vi fant ikke dette møtet. Det kan være avlyst eller flyttet.", Map.of());
            }
            ApiProblem problem = ApiProblem.of(e, REGISTRATION);
            throw new RegistrationRefused(problem.summary("Noe i skjemaet må rettes før du kan melde deg på."),
                    problem.fields());
        }
    }

    /** The listing's filters; any may be empty. */
    public record Filter(Region region, UUID organizationId, UUID themeId) {

        public static final Filter NONE = new Filter(null, null, null);

        /** The front page's address for page {@code side} of this filter's meetings (the form's parameter names). */
        public String page(int side) {
            StringBuilder query = new StringBuilder("/?");
            if (region != null) {
                query.append("region=").append(region.name()).append('&');
            }
            if (organizationId != null) {
                query.append("organisasjon=").append(organizationId).append('&');
            }
            if (themeId != null) {
                query.append("tema=").append(themeId).append('&');
            }
            return query.append("side=").append(side).append("#results").toString();
        }
    }

    /** A registration by its manage link's token; empty for a token that is not one. */
    public Optional<MyRegistration> registration(String token) {
        try {
            return Optional.ofNullable(listing.registration(token));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    /** Cancels the registration; a second cancel changes nothing. */
    public void cancel(String token) {
        listing.cancel(token);
    }

    /** Erases the name and contact details now (and cancels); only the anonymous category stays, for the counts. */
    public void erase(String token) {
        listing.erase(token);
    }

    /** A registration as its owner sees it by the link: no name or contact details are sent back. */
    public record MyRegistration(String status, boolean erased, Meeting meeting) {

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }

        public boolean waitlisted() {
            return "WAITLISTED".equals(status);
        }
    }

    /** The answer to a registration. */
    public record Registered(String status, String manageToken, Meeting meeting) {

        public boolean waitlisted() {
            return "WAITLISTED".equals(status);
        }
    }
}
