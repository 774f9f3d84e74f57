package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import no.lpp.moteplass.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What anyone can reach through the gateway without logging in. */
@ExtendWith(RunningPlatform.class)
class PublicListingIT {

    final Api gateway = new Api(RunningPlatform.gateway());

    @Test
    void upcomingMeetingsAreOpenToEveryoneAsJsonAndAsACalendar() {
        Api.Response json = gateway.get("/public/meetings", null);
        Api.Response calendar = gateway.getAccepting("/public/meetings.ics", "text/calendar");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().isArray()).isTrue();
        assertThat(json.header("ETag")).isPresent();
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.contentType()).startsWith("text/calendar");
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE");
    }

    /**
     * A browser or a shared cache gets the listing gzipped through the gateway, told that the answer depends on
     * Accept-Encoding, and without a cookie (which would keep shared caches from storing it).
     */
    @Test
    void theListingComesGzippedThroughTheGatewayWithVaryAndWithoutACookie() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(RunningPlatform.gateway() + "/public/meetings")).header("Accept-Encoding", "gzip")
                .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(String.join(",", response.headers().allValues("Vary"))).contains("Accept-Encoding");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        String listing = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                response.body())).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(listing).isEqualTo(gateway.get("/public/meetings", null).body());
    }

    /** An intranet that sends its own W3C traceparent finds the platform's part under its own trace id. */
    @Test
    void theCallersTraceIsContinuedAndItsIdComesBackOnce() {
        String trace = "5e0c63257de34c92bf9efcd03927272e";
        Api.Response response = gateway.getWithHeader("/public/meetings", "traceparent",
                "00-" + trace + "-1fb1cb5e9f8d5b3c-01");

        assertThat(response.raw().headers().allValues("X-Correlation-Id")).containsExactly(trace);
    }

    @Test
    void aManageLinkThatDoesNotExistIsAProblemNotAnError() {
        Api.Response response = gateway.get("/public/registrations/no-such-token", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
