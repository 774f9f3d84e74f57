package no.lpp.moteplass.partnership.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.lpp.moteplass.partnership.RegisterFixture;

/** Object Mother for agreement request bodies. */
final class AgreementRequests {

    private AgreementRequests() {
    }

    static Map<String, Object> between(String lpp, String partner, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", RegisterFixture.uniqueName("Samarbeidsavtale MØTEPLASS"));
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("parties", new ArrayList<>(List.of(
                Map.of("organizationId", lpp, "role", "LPP"),
                Map.of("organizationId", partner, "role", "PARTNER"))));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
