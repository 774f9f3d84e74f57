package no.lpp.moteplass.portal.meetings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the registration form sends. Everything arrives as text; the meetings service decides what is valid, so the
 * rules live in one place. Blank answers are left out rather than sent as empty strings.
 */
public record RegistrationForm(String category, String relation, String sector, String workplace, String name,
        String email, String mobile, String dietaryNeeds, String accessibilityNeeds, Boolean consent) {

    public static RegistrationForm empty() {
        return new RegistrationForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** The JSON body for POST /public/meetings/{id}/registrations. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "category", category);
        boolean relative = "RELATIVE".equals(category);
        boolean professional = "PROFESSIONAL".equals(category);
        // Only the answer that belongs to the chosen category: a relative's workplace is not ours to keep.
        put(body, "relation", relative ? relation : null);
        put(body, "sector", professional ? sector : null);
        put(body, "workplace", professional ? workplace : null);
        put(body, "name", name);
        put(body, "email", email);
        put(body, "mobile", mobile);
        put(body, "dietaryNeeds", dietaryNeeds);
        put(body, "accessibilityNeeds", accessibilityNeeds);
        body.put("consent", Boolean.TRUE.equals(consent)); // an unticked box is not sent at all
        return body;
    }

    private static void put(Map<String, Object> body, String key, String value) {
        if (value != null && !value.isBlank()) {
            body.put(key, value.strip());
        }
    }
}
