package no.lpp.moteplass.portal.meetings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The meetings service did not take the registration: what is wrong with which field (form field name → message), or
 * a reason for the whole form (the meeting is full or closed, the email is already registered).
 */
public class RegistrationRefused extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public RegistrationRefused(String reason, Map<String, String> fieldErrors) {
        super(reason);
        // In the form's order, as the error summary lists them (Map.copyOf would keep no order).
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
