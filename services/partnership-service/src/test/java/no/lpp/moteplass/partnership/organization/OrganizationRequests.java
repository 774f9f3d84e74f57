package no.lpp.moteplass.partnership.organization;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Object Mother for registration request bodies. */
final class OrganizationRequests {

    private OrganizationRequests() {
    }

    static Map<String, Object> healthTrust() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Helse Demo HF " + UUID.randomUUID().toString().substring(0, 6));
        body.put("type", "HEALTH_TRUST");
        body.put("region", "VEST");
        return body;
    }

    static Map<String, Object> dpsUnder(String parentId) {
        Map<String, Object> body = healthTrust();
        body.put("name", "Demo DPS");
        body.put("type", "DPS");
        body.put("parentId", parentId);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
