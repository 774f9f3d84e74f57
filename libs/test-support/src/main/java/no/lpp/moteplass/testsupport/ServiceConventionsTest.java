package no.lpp.moteplass.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What every service must do the same way, checked once here and run by each service's own subclass
 * ({@code @SpringBootTest(webEnvironment = RANDOM_PORT) @RealInfrastructure}): health with database and Kafka in
 * readiness, Prometheus metrics, OpenAPI, a correlation id on every response, and problem details for 401 and 404,
 * including for a forged token.
 */
public abstract class ServiceConventionsTest {

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String applicationName;

    /** A path under the service's API that needs a token. */
    protected abstract String protectedPath();

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
    void returnsTheCorrelationIdItWasGivenOrMakesOne() throws Exception {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var given = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                    + protectedPath())).header("X-Correlation-Id", "test-1234-abcd").build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            var made = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                    + protectedPath())).header("X-Correlation-Id", "<script>").build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());

            assertThat(given.headers().firstValue("X-Correlation-Id")).contains("test-1234-abcd");
            assertThat(made.headers().firstValue("X-Correlation-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        }
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
