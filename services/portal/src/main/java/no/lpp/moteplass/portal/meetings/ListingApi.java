package no.lpp.moteplass.portal.meetings;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The meetings service's public API: open to anyone, called on no one's behalf. Always asking for JSON: the service
 * answers a browser's request for a manage link with a page of its own.
 */
@HttpExchange(url = "/public", accept = MediaType.APPLICATION_JSON_VALUE)
interface ListingApi {

    /** Upcoming meetings (published or cancelled, not yet over), soonest first; a filter left out is null. */
    @GetExchange("/meetings")
    List<Meeting> upcoming(@RequestParam(required = false) String region,
            @RequestParam(required = false) UUID organizationId, @RequestParam(required = false) UUID themeId);

    @GetExchange("/meetings/{id}")
    Meeting meeting(@PathVariable UUID id);

    @PostExchange("/meetings/{id}/registrations")
    MeetingCatalogue.Registered register(@PathVariable UUID id, @RequestBody Map<String, Object> registration);

    @GetExchange("/registrations/{token}")
    MeetingCatalogue.MyRegistration registration(@PathVariable String token);

    @DeleteExchange("/registrations/{token}")
    void cancel(@PathVariable String token);

    @PostExchange("/registrations/{token}/erasure")
    void erase(@PathVariable String token);
}
