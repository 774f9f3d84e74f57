package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Just enough of a browser to log in through Keycloak's pages: a cookie jar, redirects followed one by one, and forms
 * submitted. No JavaScript is needed on Keycloak's login pages.
 */
final class Browser implements AutoCloseable {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final Cookies cookies = new Cookies();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Goes to {@code start} and follows redirects until a page is shown or the next hop is one {@code stopAt} names. */
    HttpResponse<String> open(URI start, Predicate<String> stopAt) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(start).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            if (stopAt.test(location)) {
                return response;
            }
            response = http.send(HttpRequest.newBuilder(response.uri().resolve(location)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    HttpResponse<String> open(URI start) throws Exception {
        return open(start, location -> false);
    }

    /**
     * Logs in on a Keycloak login page and returns where Keycloak sends the browser next. Realms with organisations
     * ask for the username first and the password on a second page; plain realms ask for both at once.
     */
    URI login(HttpResponse<String> page, String username, String password) throws Exception {
        boolean both = page.body().contains("name=\"password\"");
        HttpResponse<String> answer = submit(page, both ? Map.of("username", username, "password", password)
                : Map.of("username", username));
        if (answer.statusCode() == 200 && answer.body().contains("name=\"password\"")) {
            answer = submit(answer, Map.of("password", password));
        }
        assertThat(answer.statusCode()).as("logged in: " + title(answer.body()) + " " + feedback(answer.body()))
                .isEqualTo(302);
        return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> fields) throws Exception {
        Matcher action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("a form on " + title(page.body())).isTrue();
        return send(HttpRequest.newBuilder(page.uri().resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a cookie the browser holds, e.g. the gateway's XSRF-TOKEN. */
    String cookie(String name) {
        return cookies.jar.values().stream().filter(c -> c[0].equals(name)).map(c -> c[1]).findFirst().orElseThrow();
    }

    /** Keycloak's message on a page (a wrong password, an expired form), if any. */
    private static String feedback(String html) {
        Matcher message = Pattern.compile("(?s)class=\"[^\"]*(?:kc-feedback-text|alert)[^\"]*\"[^>]*>(.{0,200})")
                .matcher(html);
        return message.find() ? message.group(1).replaceAll("<[^>]+>", " ").strip() : "";
    }

    static String title(String html) {
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(html);
        return title.find() ? title.group(1).strip() : html.substring(0, Math.min(200, html.length()));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        http.close();
    }

    /**
     * Cookies kept by name and path. Browsers treat http://localhost as a secure context and send Keycloak's
     * {@code Secure} cookies to it, which {@link java.net.CookieManager} does not; an expired cookie is dropped.
     */
    private static final class Cookies extends CookieHandler {

        private final Map<String, String[]> jar = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            String cookie = jar.values().stream().filter(c -> uri.getPath().startsWith(c[2]))
                    .map(c -> c[0] + "=" + c[1]).collect(Collectors.joining("; "));
            return cookie.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookie));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    values.forEach(this::store);
                }
            });
        }

        private void store(String setCookie) {
            String[] parts = setCookie.split(";");
            String[] pair = parts[0].split("=", 2);
            String path = Arrays.stream(parts).map(String::strip)
                    .filter(part -> part.regionMatches(true, 0, "Path=", 0, 5)).map(part -> part.substring(5))
                    .findFirst().orElse("/");
            boolean expired = Arrays.stream(parts).map(String::strip)
                    .anyMatch(part -> part.equalsIgnoreCase("Max-Age=0"));
            String key = pair[0].strip() + "@" + path;
            if (expired || pair[1].isEmpty()) {
                jar.remove(key);
            } else {
                jar.put(key, new String[] {pair[0].strip(), pair[1], path});
            }
        }
    }
}
