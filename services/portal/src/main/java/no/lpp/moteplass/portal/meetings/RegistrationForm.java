package no.lpp.moteplass.portal.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import no.lpp.moteplass.portal.web.FormValues;

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
        FormValues.putText(body, "category", category);
        boolean relative = "RELATIVE".equals(category);
        boolean professional = "PROFESSIONAL".equals(category);
        // Only the answer that belongs to the chosen category: a relative's workplace is not ours to keep.
        FormValues.putText(body, "relation", relative ? relation : null);
        FormValues.putText(body, "sector", professional ? sector : null);
        FormValues.putText(body, "workplace", professional ? workplace : null);
        FormValues.putText(body, "name", name);
        FormValues.putText(body, "email", email);
        FormValues.putText(body, "mobile", mobile);
        FormValues.putText(body, "dietaryNeeds", dietaryNeeds);
        FormValues.putText(body, "accessibilityNeeds", accessibilityNeeds);
        body.put("consent", Boolean.TRUE.equals(consent)); // an unticked box is not sent at all
        return body;
    }
}
