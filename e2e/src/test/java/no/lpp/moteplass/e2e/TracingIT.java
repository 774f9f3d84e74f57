package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Mails;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * One registration through the gateway is one trace in the platform's Zipkin: the gateway, meeting-service (the
 * request, the outbox's send to Kafka, the confirmation email) and knowledge-service (consuming the meeting's new
 * count) all in it, under the id the caller got back as {@code X-Correlation-Id}. No span says who registered, and no
 * span keeps a manage token from a link.
 */
@ExtendWith(RunningPlatform.class)
@Order(4) // after the journey, whose published meeting it registers for
class TracingIT {

    final Api gateway = new Api(RunningPlatform.gateway());
    final Api zipkin = new Api(RunningPlatform.zipkin().url());

    @Test
    void aRegistrationIsOneTraceFromTheGatewayThroughKafkaToTheEmail() throws Exception {
        String meeting = JourneyIT.WORLD.get("meeting");
        Assumptions.assumeTrue(meeting != null, "the journey published a meeting");
        String email = "spor-" + UUID.randomUUID() + "@example.no";
        Api.Response registered = gateway.post("/public/meetings/" + meeting + "/registrations", null, Api.json(Map.of(
                "category", "RELATIVE", "relation", "SIBLING", "name", "Sporet Søster", "email", email,
                "consent", true)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String trace = registered.header("X-Correlation-Id").orElseThrow();

        JsonNode spans = awaitTrace(trace, found -> services(found).containsAll(Set.of("gateway", "meeting-service",
                "knowledge-service")) && names(found).contains("email confirmation"));

        spans.valueStream().forEach(span -> System.out.printf("[trace %s] %-18s %-9s %s%n", trace, span.get(
                "localEndpoint").get("serviceName").asString(), span.path("kind").asString(), span.path("name")
                .asString()));
        assertThat(kinds(spans, "meeting-service")).as("the request, and the event sent to Kafka")
                .contains("SERVER", "PRODUCER");
        assertThat(kinds(spans, "knowledge-service")).as("the event received from Kafka").contains("CONSUMER");
        assertThat(spans.toString()).as("nobody's name or address in a span").doesNotContain(email, "Sporet");

        String token = manageToken(email);
        String managePage = gateway.getAccepting("/pamelding/" + token, "text/html").header("X-Correlation-Id")
                .orElseThrow();
        JsonNode viewed = awaitTrace(managePage, found -> services(found).containsAll(Set.of("gateway", "portal",
                "meeting-service")));
        assertThat(viewed.toString()).as("the manage link's token stays out of the spans").doesNotContain(token)
                .contains("/public/registrations/{token}");
    }

    private JsonNode awaitTrace(String trace, java.util.function.Predicate<JsonNode> complete) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> zipkin.get("/api/v2/trace/" + trace, null), response -> response.status() == 200
                        && complete.test(response.json())).json();
    }

    private static Set<String> services(JsonNode spans) {
        return spans.valueStream().map(span -> span.get("localEndpoint").get("serviceName").asString())
                .collect(Collectors.toSet());
    }

    private static Set<String> names(JsonNode spans) {
        return spans.valueStream().map(span -> span.path("name").asString()).collect(Collectors.toSet());
    }

    private static Set<String> kinds(JsonNode spans, String service) {
        return spans.valueStream().filter(span -> span.get("localEndpoint").get("serviceName").asString()
                .equals(service)).map(span -> span.path("kind").asString()).collect(Collectors.toSet());
    }

    private static String manageToken(String email) {
        MimeMessage confirmation = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(
                RunningPlatform.mail().getReceivedMessages()).filter(message -> sentTo(message, email)).findFirst()
                .orElse(null), java.util.Objects::nonNull);
        Matcher link = Pattern.compile("/pamelding/([\\w-]+)").matcher(Mails.text(confirmation));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return message.getAllRecipients()[0].toString().equals(email);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
