package no.lpp.moteplass.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests that call a service or the gateway over real HTTP, as a client would. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String body() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET as a browser or another kind of client would send it, with its own Accept header. */
    public Response getAccepting(String path, String accept) {
        return send(request(path, null).setHeader("Accept", accept).GET());
    }

    /** A GET with one extra header, e.g. {@code traceparent}. */
    public Response getWithHeader(String path, String name, String value) {
        return send(request(path, null).header(name, value).GET());
    }

    /** A cross-origin GET from a page at {@code origin}, as a browser sends it. */
    public Response getFromOrigin(String path, String origin) {
        return getWithHeader(path, "Origin", origin);
    }

    /** A conditional GET, as a cache revalidating would send it. */
    public Response getWithIfNoneMatch(String path, String etag) {
        return send(request(path, null).header("If-None-Match", etag).GET());
    }

    public Response post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with one extra header, e.g. the caller's {@code traceparent}. */
    public Response postWithHeader(String path, String token, String json, String name, String value) {
        return send(request(path, token).header("Content-Type", "application/json").header(name, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT with {@code If-Match} (omitted when {@code etag} is null). */
    public Response put(String path, String token, String etag, String json) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return send(request);
    }

    /** A POST with a JSON body and {@code If-Match} (omitted when {@code etag} is null). */
    public Response postWithIfMatch(String path, String token, String etag, String json) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return send(request);
    }

    public Response delete(String path, String token, String etag) {
        HttpRequest.Builder request = request(path, token).DELETE();
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return send(request);
    }

    /** A POST without a body, e.g. an action such as a deactivation, with {@code If-Match} when given. */
    public Response postEmpty(String path, String token, String etag) {
        HttpRequest.Builder request = request(path, token).POST(HttpRequest.BodyPublishers.noBody());
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return send(request);
    }

    /** A POST as a browser with a session cookie would send it (no bearer token). */
    public Response postWithCookie(String path, String cookie, String json) {
        return send(request(path, null).header("Cookie", cookie).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.8");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON text from a value, for request bodies. */
    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
