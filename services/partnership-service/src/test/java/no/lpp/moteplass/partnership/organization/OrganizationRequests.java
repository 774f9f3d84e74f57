package no.lpp.moteplass.partnership.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Object Mother for organisation request bodies. */
final class OrganizationRequests {

    private OrganizationRequests() {
    }

    static Map<String, Object> healthTrust() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Helse Demo HF " + UUID.randomUUID().toString().substring(0, 6));
        body.put("type", "HEALTH_TRUST");
        body.put("region", "VEST");
        body.put("address", Map.of("street", "Haukelandsveien 22", "postalCode", "5021", "city", "Bergen"));
        body.put("contacts", List.of(Map.of("name", "Kari Nordmann", "role", "MØTEPLASS-koordinator",
                "email", "kari.nordmann@demo-hf.example.no", "phone", "+47 55 00 00 00")));
        return body;
    }

    static Map<String, Object> dpsUnder(String parentId) {
        Map<String, Object> body = healthTrust();
        body.put("name", "Demo DPS");
        body.put("type", "DPS");
        body.put("parentId", parentId);
        return body;
    }

    static Map<String, Object> municipality(String number) {
        Map<String, Object> body = healthTrust();
        body.put("name", "Demo kommune " + UUID.randomUUID().toString().substring(0, 6));
        body.put("type", "MUNICIPALITY");
        body.put("municipalityNumber", number);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
