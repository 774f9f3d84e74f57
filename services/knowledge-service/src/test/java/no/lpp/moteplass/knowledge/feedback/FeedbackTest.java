package no.lpp.moteplass.knowledge.feedback;

import static no.lpp.moteplass.knowledge.KnowledgeFixture.HF;
import static no.lpp.moteplass.knowledge.KnowledgeFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.knowledge.KnowledgeFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.RawHttp;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Anonymous feedback: one answer per form session, nothing stored that points to a person, results from five. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class FeedbackTest extends ServiceTest {

    UUID meeting;
    String form;

    @BeforeEach
    void setUp() {
        KnowledgeFixture fixture = new KnowledgeFixture(jdbc, kafka);
        fixture.partners();
        // Led by demo-facilitator-hf and a colleague without a login: demo-coordinator-hf only coordinates.
        meeting = fixture.heldMeeting(fixture.team(HF, null));
        JsonNode link = api.get("/api/knowledge/meetings/" + meeting + "/feedback-form", token("demo-facilitator-hf"))
                .json();
        String url = link.get("url").asString();
        assertThat(url).as("the portal's form").startsWith("http://localhost:8080/tilbakemelding/");
        form = url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void resultsStayHiddenAtFourAnswersAndAppearAtFiveWithFreeTextOnlyForTheFacilitators() {
        for (int i = 1; i <= 4; i++) {
            assertThat(answer(i % 2 == 0 ? 5 : 4, "Svar " + i).status()).isEqualTo(201);
        }
        JsonNode four = results("demo-facilitator-hf");
        assertThat(four.get("responses").asInt()).isEqualTo(4);
        assertThat(four.get("shown").asBoolean()).isFalse();
        assertThat(four.has("usefulness")).isFalse();

        answer(3, "Svar 5");

        JsonNode five = results("demo-facilitator-hf");
        assertThat(five.get("shown").asBoolean()).isTrue();
        assertThat(five.get("usefulness").asDouble()).isEqualTo(4.2); // (4 + 5 + 4 + 5 + 3) / 5
        assertThat(five.get("freeTexts")).hasSize(5);
        JsonNode coordinator = results("demo-coordinator-hf");
        assertThat(coordinator.get("usefulness").asDouble()).isEqualTo(4.2);
        assertThat(coordinator.has("freeTexts")).as("free text is for the facilitators and LPP").isFalse();
        assertThat(results("demo-lpp-admin").get("freeTexts")).hasSize(5);
        assertThat(api.get("/api/knowledge/meetings/" + meeting + "/feedback", token("demo-coordinator-kommune"))
                .status()).isEqualTo(403);
    }

    @Test
    void aFormSessionGivesOneAnswerAndNothingIsStoredThatPointsToAPerson() {
        String session = api.get("/public/feedback/" + form, null).json().get("session").asString();
        Map<String, Object> body = answerBody(session, 5, "Fint");

        assertThat(api.post("/public/feedback/" + form, null, Api.json(body)).status()).isEqualTo(201);
        assertThat(api.post("/public/feedback/" + form, null, Api.json(body)).status()).isEqualTo(409);
        assertThat(api.post("/public/feedback/" + form, null, Api.json(answerBody("oppdiktet", 5, null))).status())
                .isEqualTo(409);
        assertThat(api.post("/public/feedback/ukjent", null, Api.json(body)).status()).isEqualTo(404);
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'feedback'")
                .query(String.class).list()).containsExactlyInAnyOrder("id", "meeting_id", "category", "usefulness",
                        "felt_heard", "learned_about_services", "would_recommend", "free_text");
    }

    @Test
    void theQrCodeShownAtTheEndOfTheMeetingOpensThePortalsForm() {
        Api.Response qr = api.get("/api/knowledge/meetings/" + meeting + "/feedback-form/qr.svg",
                token("demo-facilitator-hf"));
        Api.Response page = api.getAccepting("/public/feedback/" + form, "text/html");

        assertThat(qr.contentType()).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg").contains("<path d=\"M");
        assertThat(page.status()).as("a code printed with this address still opens the form").isEqualTo(303);
        assertThat(page.header("Location")).contains("http://localhost:8080/tilbakemelding/" + form);
    }

    private Api.Response answer(int usefulness, String freeText) {
        String session = api.get("/public/feedback/" + form, null).json().get("session").asString();
        return api.post("/public/feedback/" + form, null, Api.json(answerBody(session, usefulness, freeText)));
    }

    /** Anyone can post the public form: what it may not carry is refused with a problem detail, and not stored. */
    @Test
    void freeTextWithControlCharactersOrABrokenFormIsRefusedAndNothingStored() {
        String session = api.get("/public/feedback/" + form, null).json().get("session").asString();
        long before = jdbc.sql("select count(*) from feedback").query(Long.class).single();

        Api.Response nul = api.post("/public/feedback/" + form, null, Api.json(answerBody(session, 4,
                "Bra\u0000møte")));
        Api.Response lines = api.post("/public/feedback/" + form, null, Api.json(answerBody(session, 4,
                "Bra møte.\r\nTakk!")));
        RawHttp.Response badBytes = form(session + "&freeText=%FF%FE%C3%28");
        RawHttp.Response nulInForm = form(session + "&freeText=a%00b");
        RawHttp.Response thousands = form(session + "&x=1".repeat(3_000));

        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("freeText");
        assertThat(lines.status()).as("free text may have line breaks, but no answer was stored yet")
                .isEqualTo(201);
        for (RawHttp.Response refused : List.of(badBytes, nulInForm, thousands)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(jdbc.sql("select count(*) from feedback").query(Long.class).single()).isEqualTo(before + 1);
    }

    private RawHttp.Response form(String sessionAndMore) {
        byte[] body = ("session=" + sessionAndMore + "&category=RELATIVE&usefulness=4&feltHeard=4"
                + "&learnedAboutServices=4&wouldRecommend=true").getBytes(StandardCharsets.ISO_8859_1);
        return RawHttp.send(port, RawHttp.head("POST /public/feedback/" + form + " HTTP/1.1\r\nHost: localhost"
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length), body);
    }

    private static Map<String, Object> answerBody(String session, int usefulness, String freeText) {
        Map<String, Object> body = new HashMap<>(Map.of("session", session, "category", "RELATIVE",
                "usefulness", usefulness, "feltHeard", 4, "learnedAboutServices", 4, "wouldRecommend", true));
        if (freeText != null) {
            body.put("freeText", freeText);
        }
        return body;
    }

    private JsonNode results(String who) {
        return api.get("/api/knowledge/meetings/" + meeting + "/feedback", token(who)).json();
    }
}
