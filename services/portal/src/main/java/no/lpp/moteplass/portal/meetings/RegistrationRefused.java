package no.lpp.moteplass.portal.meetings;

import java.util.Map;

/**
 * The meetings service did not take the registration: what is wrong with which field (form field name → message), or
 * a reason for the whole form (the meeting is full or closed, the email is already registered).
 */
public class RegistrationRefused extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public RegistrationRefused(String reason, Map<String, String> fieldErrors) {
        super(reason);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
