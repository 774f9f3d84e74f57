package no.lpp.moteplass.meeting.publiclisting;

import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.lpp.moteplass.meeting.calendar.ICalendarFeed;
import no.lpp.moteplass.meeting.planning.Meetings;
import no.lpp.moteplass.support.problem.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/public")
class PublicController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final Meetings meetings;
    private final ListingCache listings;
    private final JsonMapper json;
    private final Clock clock;

    PublicController(Meetings meetings, ListingCache listings, JsonMapper json, Clock clock) {
        this.listings = listings;
        this.meetings = meetings;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(value = "/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> meetings(@RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) @Pattern(regexp = "NORD|MIDT|VEST|SOR_OST") String region,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) UUID themeId,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(name = "Accept-Encoding", required = false) String acceptEncoding) {
        Instant now = clock.instant();
        var key = new ListingCache.Key("json", organizationId, region, teamId, themeId);
        var rendered = listings.get(key, now, () -> {
            var upcoming = meetings.upcoming(now, organizationId, region, teamId, themeId);
            String body = json.writeValueAsString(upcoming.stream().map(m -> PublicMeeting.of(m, now)).toList());
            return new ListingCache.Rendering(body, body, nextChange(upcoming, now));
        });
        return serve(rendered, MediaType.APPLICATION_JSON, ifNoneMatch, acceptEncoding);
    }

    /** One meeting that was published (it may since be cancelled or held), for its page in the portal. */
    @GetMapping(value = "/meetings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicMeeting meeting(@PathVariable UUID id) {
        return meetings.publicOne(id).map(described -> PublicMeeting.of(described, clock.instant()))
                .orElseThrow(() -> new NotFoundException("møte", id));
    }

    @GetMapping(value = "/meetings.ics")
    ResponseEntity<byte[]> calendar(@RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) @Pattern(regexp = "NORD|MIDT|VEST|SOR_OST") String region,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) UUID themeId,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(name = "Accept-Encoding", required = false) String acceptEncoding) {
        Instant now = clock.instant();
        var key = new ListingCache.Key("ics", organizationId, region, teamId, themeId);
        var rendered = listings.get(key, now, () -> {
            var upcoming = meetings.upcoming(now, organizationId, region, teamId, themeId);
            String ics = ICalendarFeed.of(upcoming, now);
            // DTSTAMP says when the feed was made; the ETag covers the content without it.
            return new ListingCache.Rendering(ics, ics.replaceAll("DTSTAMP:[^\r]*", ""), nextChange(upcoming, now));
        });
        return serve(rendered, new MediaType("text", "calendar", StandardCharsets.UTF_8), ifNoneMatch, acceptEncoding);
    }

    /** The kept rendering, gzipped where the client accepts it, or 304 if the client has it already. */
    private static ResponseEntity<byte[]> serve(ListingCache.Rendered rendered, MediaType type, String ifNoneMatch,
            String acceptEncoding) {
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
        var response = (rendered.matches(ifNoneMatch) ? ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                : ResponseEntity.ok()).eTag(gzip ? rendered.gzippedEtag() : rendered.etag()).cacheControl(CACHE)
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (rendered.matches(ifNoneMatch)) {
            return response.build();
        }
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.contentType(type).body(gzip ? rendered.gzipped() : rendered.body());
    }

    /**
     * When the listing next changes by time alone: a registration opens or closes, a meeting starts (registration
     * closes) or ends (it leaves the listing).
     */
    private static Instant nextChange(List<Meetings.DescribedMeeting> listed, Instant now) {
        return listed.stream().map(Meetings.DescribedMeeting::meeting)
                .flatMap(m -> Stream.of(m.details().registrationOpensAt(), m.details().registrationClosesAt(),
                        m.details().startsAt().toInstant(), m.format().meetingEnds().toInstant()))
                .filter(at -> at != null && at.isAfter(now))
                .min(Instant::compareTo).orElse(Instant.MAX);
    }
}
