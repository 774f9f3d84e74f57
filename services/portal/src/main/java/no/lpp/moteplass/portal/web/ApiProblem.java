package no.lpp.moteplass.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.JsonNode;

/**
 * A service's refusal (an RFC 9457 problem detail) in the words a form shows: the reason, and a message per form field.
 *
 * @param detail the service's reason, already in Norwegian
 * @param fields form field name → message as a sentence
 */
public record ApiProblem(String detail, Map<String, String> fields) {

    /** A refusal of a form without fields of its own (a button), or whose fields the service names as the form does. */
    public static ApiProblem of(HttpClientErrorException refusal) {
        return of(refusal, UnaryOperator.identity());
    }

    /** A refusal of a form: the messages in the form's order, each an instruction naming its field. */
    public static ApiProblem of(HttpClientErrorException refusal, FormFields form) {
        ApiProblem problem = of(refusal, form::formField);
        return new ApiProblem(problem.detail(), form.inOrder(problem.fields()));
    }

    /** @param formField the service's name for a field → the form field a person has to change */
    public static ApiProblem of(HttpClientErrorException refusal, UnaryOperator<String> formField) {
        JsonNode problem = refusal.getResponseBodyAs(JsonNode.class);
        Map<String, String> fields = new LinkedHashMap<>();
        if (problem != null && problem.has("errors")) {
            for (JsonNode error : problem.get("errors")) {
                String field = error.path("field").asString("");
                fields.putIfAbsent(formField.apply(field),
                        sentence(error.path("message").asString("er ikke gyldig")));
            }
        }
        String detail = problem == null ? "" : problem.path("detail").asString("");
        return new ApiProblem(detail, fields);
    }

    /**
     * Whether the service refused what the person asked for (invalid input, a rule, or someone else's change in
     * between): a page shows the reason. Anything else is not theirs to fix and goes to the error pages.
     */
    public static boolean isRefusal(HttpClientErrorException e) {
        return java.util.List.of(400, 409, 412, 422).contains(e.getStatusCode().value());
    }

    /** The reason to show above the form. */
    public String summary(String whenFieldsAreWrong) {
        return fields.isEmpty() && !detail.isBlank() ? detail : whenFieldsAreWrong;
    }

    /** "skriv navnet ditt" → "Skriv navnet ditt." */
    static String sentence(String message) {
        String text = message.strip();
        if (text.isEmpty()) {
            return text;
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
