package no.lpp.moteplass.meeting.publiclisting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import no.lpp.moteplass.support.security.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public listing (JSON and iCalendar, per filter) rendered once per change and kept with its ETag and a gzipped
 * copy. A rendering is served while the listing's version in the database (raised by every change, see migration V8)
 * is the one it was rendered at and until the first moment the listing changes by time alone (a registration opens or
 * closes, a meeting starts or ends); one read of the version per request keeps every replica exact.
 */
@Component
class ListingCache {

    /** Which listing: format and filters. */
    record Key(String format, UUID organizationId, String region, UUID teamId, UUID themeId) {
    }

    /** What a rendering produced: the body, what its ETag covers, and until when it is right. */
    record Rendering(String body, String identity, Instant validUntil) {
    }

    /** A rendering as served: both encodings and the ETag of each. */
    record Rendered(long version, Instant validUntil, byte[] body, byte[] gzipped, String etag, String gzippedEtag) {

        boolean matches(String ifNoneMatch) {
            return ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(gzippedEtag));
        }
    }

    /** Even with nothing due to change, a rendering is made afresh now and then (the calendar's DTSTAMP). */
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private final Cache<Key, Rendered> renderings = Caffeine.newBuilder().maximumSize(1_000).build();
    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    ListingCache(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        for (String format : new String[] {"json", "ics"}) {
            meters.counter("moteplass.listing.renderings", "format", format);
        }
    }

    /**
     * The current rendering, made by {@code render} only if the kept one is out of date; concurrent requests for the
     * same listing wait for one rendering rather than each making their own.
     */
    Rendered get(Key key, Instant now, Supplier<Rendering> render) {
        long version = version(); // read before rendering, so a rendering is never older than its version
        return renderings.asMap().compute(key, (k, kept) -> {
            if (kept != null && kept.version() == version && now.isBefore(kept.validUntil())) {
                return kept;
            }
            meters.counter("moteplass.listing.renderings", "format", key.format()).increment();
            Rendering rendering = render.get();
            byte[] body = rendering.body().getBytes(StandardCharsets.UTF_8);
            String tag = Hashes.sha256Hex(rendering.identity()).substring(0, 32);
            Instant validUntil = rendering.validUntil().isBefore(now.plus(AT_MOST)) ? rendering.validUntil()
                    : now.plus(AT_MOST);
            return new Rendered(version, validUntil, body, gzip(body), "\"" + tag + "\"", "\"" + tag + "-gz\"");
        });
    }

    private long version() {
        return jdbc.sql("select version from listing_version").query(Long.class).single();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
