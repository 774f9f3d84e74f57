package no.lpp.moteplass.portal.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import no.lpp.moteplass.portal.web.FormValues;

/** The next step of a follow-up as the form has it; the knowledge service says what each step needs. */
public record FollowUpStep(String status, String action, String responsibleRole, String dueDate, String reason,
        String etag) {

    static FollowUpStep empty() {
        return new FollowUpStep(null, null, null, null, null, null);
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        FormValues.putText(body, "status", status);
        FormValues.putText(body, "action", action);
        FormValues.putText(body, "responsibleRole", responsibleRole);
        FormValues.putText(body, "dueDate", dueDate);
        FormValues.putText(body, "reason", reason);
        return body;
    }
}
