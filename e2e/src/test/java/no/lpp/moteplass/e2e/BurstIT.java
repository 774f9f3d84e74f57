package no.lpp.moteplass.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A meeting shared nationally: 500 people register at the same moment through the gateway (whose per-address limit
 * the platform here lifts: in real life they come from 500 addresses). Every one of them gets an answer that is not a
 * server error, exactly the capacity is confirmed and the rest wait in line, and staff calls through the same gateway
 * are answered throughout.
 */
@ExtendWith(RunningPlatform.class)
@Order(5) // after the journey, whose team plans the meeting
class BurstIT {

    private static final int PEOPLE = 500;
    private static final int CAPACITY = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void fiveHundredAtOnceGetNoServerErrorExactlyTheCapacityIsConfirmedAndStaffAreAnswered() throws Exception {
        String journeyMeeting = JourneyIT.WORLD.get("meeting");
        Assumptions.assumeTrue(journeyMeeting != null, "the journey published a meeting");
        String admin = Keycloak.shared().token("demo-lpp-admin");
        String coordinator = Keycloak.shared().token("demo-coordinator-hf");
        String gateway = RunningPlatform.gateway();
        Api api = new Api(gateway);
        String meeting = planAndPublishLike(api, journeyMeeting, coordinator);

        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        AtomicBoolean bursting = new AtomicBoolean(true);
        List<Integer> staffAnswers = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> staff = CompletableFuture.runAsync(() -> {
            while (bursting.get()) {
                staffAnswers.add(send(client, HttpRequest.newBuilder(URI.create(gateway
                        + "/api/meetings/meetings/" + meeting)).header("Authorization", "Bearer " + admin).GET()
                        .build()).statusCode());
            }
        });

        CountDownLatch ready = new CountDownLatch(PEOPLE);
        CountDownLatch go = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, Integer> seats = new ConcurrentHashMap<>();
        List<Thread> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String body = Api.json(Map.of("category", "RELATIVE", "relation", "PARENT", "name", "Person " + i,
                    "email", "mengde-" + i + "-" + UUID.randomUUID() + "@example.no", "consent", true));
            people.add(Thread.ofVirtual().start(() -> {
                ready.countDown();
                await(go);
                HttpResponse<String> answer = send(client, HttpRequest.newBuilder(URI.create(gateway
                        + "/public/meetings/" + meeting + "/registrations")).header("Content-Type",
                        "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() == 201) {
                    seats.merge(JSON.readTree(answer.body()).get("status").asString(), 1, Integer::sum);
                }
            }));
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        for (Thread person : people) {
            person.join();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        bursting.set(false);
        staff.get();

        System.out.printf("[burst] %d registrations at once through the gateway in %d ms: answers %s, %s;"
                + " staff calls meanwhile: %s%n", PEOPLE, millis, new TreeMap<>(statuses), new TreeMap<>(seats),
                count(staffAnswers));
        assertThat(statuses.keySet()).as("answers by status").allMatch(status -> status < 500).containsOnly(201);
        assertThat(seats).containsEntry("CONFIRMED", CAPACITY).containsEntry("WAITLISTED", PEOPLE - CAPACITY);
        JsonNode participants = api.get("/api/meetings/meetings/" + meeting
                + "/participants?size=100", admin).json();
        assertThat(participants.get("totalItems").asLong()).isEqualTo(PEOPLE);
        assertThat(staffAnswers).as("staff calls during the burst").isNotEmpty().containsOnly(200);
    }

    /** A new meeting of the journey's team, by its facilitators, with room for {@link #CAPACITY}. */
    private static String planAndPublishLike(Api gateway, String journeyMeeting, String coordinator) {
        JsonNode like = gateway.get("/api/meetings/meetings/" + journeyMeeting, coordinator).json();
        List<String> facilitators = like.findValue("facilitatorIds").valueStream().map(JsonNode::asString).toList();
        Map<String, Object> plan = Map.of("teamId", like.findValue("teamId").asString(), "themeId",
                like.findValue("themeId").asString(), "title", "Pårørende MØTEPLASS for hele landet", "venueName",
                "Haukeland universitetssjukehus", "venueAddress", "Haukelandsveien 22, 5021 Bergen", "date",
                java.time.LocalDate.now(Norway.ZONE).plusDays(30).toString(), "startTime",
                "18:00", "facilitatorIds", facilitators, "capacity", CAPACITY);
        Api.Response planned = gateway.post("/api/meetings/meetings", coordinator, Api.json(plan));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String meeting = planned.json().get("meeting").get("id").asString();
        Api.Response published = gateway.postEmpty("/api/meetings/meetings/" + meeting + "/publication", coordinator,
                planned.header("ETag").orElseThrow());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return meeting;
    }

    private static Map<Integer, Long> count(List<Integer> statuses) {
        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach(status -> counted.merge(status, 1L, Long::sum));
        return counted;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
