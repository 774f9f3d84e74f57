package no.lpp.moteplass.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;

/**
 * The portal's public forms, as a browser posts them (form-encoded), each with one answer malformed: raw bytes and
 * escapes no form field may carry, answers of the wrong kind, or the form as a whole broken (thousands of fields, a
 * body too large, no or the wrong content type). Only fields the portal passes on are malformed, so that every one
 * of these must be refused by someone.
 */
final class PortalForms {

    /** A form post: its path, its body (already encoded) and what is wrong with it. */
    record Post(String path, String contentType, byte[] body, String what) {
    }

    /** Values no answer may be, percent-encoded as they would be sent. */
    static final List<String> BAD_ANSWERS = List.of("a%00b", "%07", "%1B%5B31m", "%E2%80%AEevil", "%E2%80%8B%E2%80%8B",
            "%FF", "%C3%28", "%ZZ", "%", "x%2", "%ED%A0%80", "a".repeat(5000), "%EF%BF%BF");

    private final Random random;
    private final Faker faker;

    PortalForms(Random random) {
        this.random = random;
        this.faker = new Faker(Locale.forLanguageTag("nb-NO"), random);
    }

    Post registration(String meeting) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("category", "RELATIVE");
        answers.put("relation", "PARENT");
        answers.put("name", encode(faker.name().fullName()));
        answers.put("email", encode(faker.internet().emailAddress()));
        answers.put("dietaryNeeds", encode("Vegetar"));
        answers.put("consent", "true");
        return broken("/moter/" + meeting + "/pamelding", answers, List.of("category", "relation", "name", "email",
                "mobile", "dietaryNeeds", "accessibilityNeeds", "consent"), List.of("category", "relation", "consent"),
                List.of("parent", "0", "", "kanskje"));
    }

    Post feedback(String token, String session) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("session", encode(session));
        answers.put("category", "RELATIVE");
        answers.put("usefulness", "4");
        answers.put("feltHeard", "5");
        answers.put("learnedAboutServices", "3");
        answers.put("wouldRecommend", "true");
        answers.put("freeText", encode("Nyttig å høre andre."));
        return broken("/tilbakemelding/" + token, answers, new ArrayList<>(answers.keySet()), List.of("category",
                "usefulness", "feltHeard", "learnedAboutServices", "wouldRecommend"),
                List.of("6", "0", "-1", "2147483648", "fire", "4.5", "ja"));
    }

    Post manage(String action) {
        String token = random.nextBoolean() ? UUID.randomUUID().toString() : BAD_ANSWERS.get(random.nextInt(5));
        return new Post("/pamelding/" + token + "/" + action, "application/x-www-form-urlencoded", new byte[0],
                "manage link " + Malformations.shown(token));
    }

    /** The listing's filters, one of them malformed. */
    String listing() {
        String filter = List.of("region", "organizer", "theme", "side").get(random.nextInt(4));
        return "/?" + filter + "=" + pick(BAD_ANSWERS.subList(0, 10));
    }

    /**
     * One answer malformed: any answer passed on gets bytes no text may hold; a choice or a number (the typed
     * answers) may instead get an answer of the wrong kind. (Text of the wrong kind is still text.)
     */
    private Post broken(String path, Map<String, String> answers, List<String> passedOn, List<String> typed,
            List<String> wrongKinds) {
        String contentType = "application/x-www-form-urlencoded";
        String what;
        int kind = random.nextInt(10);
        if (kind < 6) {
            boolean wrongKind = random.nextInt(4) == 0;
            String field = pick(wrongKind ? typed : passedOn);
            String value = wrongKind ? encode(pick(wrongKinds)) : pick(BAD_ANSWERS);
            answers.put(field, value);
            what = field + "=" + Malformations.shown(value);
        } else if (kind == 6) {
            answers.remove(pick(passedOn));
            answers.put("name", pick(BAD_ANSWERS));
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                many.append("&f").append(i).append("=1");
            }
            answers.put("f", "1" + many);
            what = "3,000 fields and a malformed name";
        } else if (kind == 7) {
            answers.put("%FF%FE", "1");
            answers.put("name", "%00");
            what = "a field name of invalid bytes";
        } else if (kind == 8) {
            answers.put("name", "x".repeat(2_200_000));
            what = "a form of 2.2 MB";
        } else {
            contentType = pick(List.of("", "application/json", "text/plain; charset=klingon", "multipart/form-data"));
            answers.put("name", "%00");
            what = "Content-Type " + Malformations.shown(contentType);
        }
        StringBuilder body = new StringBuilder();
        answers.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(value));
        return new Post(path, contentType, body.toString().getBytes(StandardCharsets.ISO_8859_1), what);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
