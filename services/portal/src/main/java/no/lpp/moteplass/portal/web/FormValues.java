package no.lpp.moteplass.portal.web;

import java.util.Map;

/** How every form's answers become a request body: trimmed, and a blank answer left out (so the service names it). */
public final class FormValues {

    private FormValues() {
    }

    public static void putText(Map<String, Object> body, String key, String value) {
        if (value != null && !value.isBlank()) {
            body.put(key, value.strip());
        }
    }
}
