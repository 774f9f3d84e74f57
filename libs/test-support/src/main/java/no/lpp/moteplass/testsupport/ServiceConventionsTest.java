package no.lpp.moteplass.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What every service must do the same way, checked once here and run by each service's own subclass
 * ({@code @SpringBootTest(webEnvironment = RANDOM_PORT) @RealInfrastructure}): health with database and Kafka in
 * readiness, Prometheus metrics, OpenAPI, and problem details for 401 and 404,
 * including for a forged token.
 */
public abstract class ServiceConventionsTest {

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String applicationName;

    /** A path under the service's API that needs a token. */
    protected abstract String protectedPath();

    /** A path that takes a JSON body with POST (and reads it before anything else can refuse the request). */
    protected abstract String jsonPostPath();

    /** A list LPP's administrator may read. */
    protected abstract String listPath();

    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    @Test
    void readinessIncludesTheDatabaseAndKafka() {
        Api.Response response = api().get("/actuator/health/readiness", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        Api.Response full = api().get("/actuator/health", null);
        assertThat(full.status()).isEqualTo(200);
        assertThat(api().get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetricsTaggedWithTheApplication() {
        Api.Response response = api().get("/actuator/prometheus", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("application=\"" + applicationName + "\"");
    }

    @Test
    void publishesItsOpenApiDescription() {
        Api.Response response = api().get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("openapi").asString()).startsWith("3.");
        assertThat(response.json().get("info").get("title").asString()).isNotBlank();
    }

    @Test
    void refusesARequestWithoutATokenWithAProblemDetail() {
        Api.Response response = api().get(protectedPath(), null);

        assertProblem(response, 401);
    }

    @Test
    void refusesATokenNotSignedByKeycloak() throws Exception {
        Keycloak.shared(); // the service must be able to fetch the real keys to tell that these are not them
        Api.Response response = api().get(protectedPath(), forgedToken());

        assertProblem(response, 401);
    }

    @Test
    void answersAnUnknownPathWithAProblemDetail() {
        String token = Keycloak.shared().token("demo-lpp-admin");

        Api.Response response = api().get("/api/no-such-thing", token);

        assertProblem(response, 404);
    }

    /** {@code /error} asked for directly is a path like any other, with nothing on it. */
    @Test
    void theErrorPathAnswersAProblemDetail() {
        assertProblem(api().get("/error", null), 404);
        assertProblem(api().getAccepting("/error", "text/html"), 404);
    }

    /** What the firewall or Tomcat refuses in a path is a 400 problem detail, never a container page or 500. */
    @Test
    void aPathTheFirewallOrTomcatRefusesIsAProblemDetail() {
        for (String path : new String[] {"//api/x", "/api;x=1/x", "/api/%2e%2e/x", "/api/%00", "/api%2Fx",
                "/api/%25", "/api/\u00ff", "/api/x%ZZ", "/api/" + "a".repeat(10_000)}) {
            RawHttp.Response response = RawHttp.send(port, RawHttp.head("GET " + path
                    + " HTTP/1.1\r\nHost: localhost"), new byte[0]);

            String shown = path.length() > 40 ? path.substring(0, 40) + "…" : path;
            assertThat(response.status()).as(shown).isBetween(400, 499);
            assertThat(response.contentType()).as(shown).startsWith("application/problem+json");
        }
    }

    /** Query parameters may not carry control characters, nor be so many or so broken that Tomcat gives up. */
    @Test
    void malformedQueryParametersAreABadRequestProblem() {
        String manyParameters = "/actuator/health?" + "p=1&".repeat(5_000);
        for (String path : new String[] {"/actuator/health?x=a%00b", "/actuator/health?x=%1B%5B31m",
                "/actuator/health?x=%FF%FE", "/actuator/health?%00=1", manyParameters}) {
            RawHttp.Response response = RawHttp.send(port, RawHttp.head("GET " + path
                    + " HTTP/1.1\r\nHost: localhost"), new byte[0]);

            String shown = path.length() > 40 ? path.substring(0, 40) + "…" : path;
            assertThat(response.status()).as(shown).isEqualTo(400);
            assertThat(response.contentType()).as(shown).startsWith("application/problem+json");
        }
    }

    /** A body larger than the limit is refused whether it declares its length or comes in chunks. */
    @Test
    void anOversizedBodyIs413EvenWhenItComesInChunks() {
        byte[] body = ("{\"name\":\"" + "x".repeat(2_000_000) + "\"}").getBytes();
        String head = "POST " + jsonPostPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nAuthorization: Bearer " + Keycloak.shared().token("demo-lpp-admin");

        RawHttp.Response declared = RawHttp.send(port, RawHttp.head(head + "\r\nContent-Length: " + body.length),
                body);
        RawHttp.Response chunked = RawHttp.send(port, RawHttp.head(head + "\r\nTransfer-Encoding: chunked"),
                RawHttp.chunked(body));

        for (RawHttp.Response response : new RawHttp.Response[] {declared, chunked}) {
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    /** More readers at once than the pool has connections (10): every one is answered, none waits on another. */
    @Test
    void moreConcurrentReadersThanConnectionsAreAllAnswered() throws Exception {
        String token = Keycloak.shared().token("demo-lpp-admin");
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> statuses = IntStream.range(0, 40)
                    .mapToObj(i -> readers.submit(() -> api().get(listPath(), token).status())).toList();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
    }

    protected static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    /** A well-formed token with the right issuer and roles, signed with a key Keycloak never had. */
    private static String forgedToken() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        var encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
        long now = Instant.now().getEpochSecond();
        String claims = encoder.encodeToString(("{\"iss\":\"" + Keycloak.issuerUri() + "\",\"aud\":\"moteplass-api\","
                + "\"sub\":\"intruder\",\"iat\":" + now + ",\"exp\":" + (now + 300)
                + ",\"realm_access\":{\"roles\":[\"lpp-admin\"]}}").getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + encoder.encodeToString(signer.sign());
    }
}
