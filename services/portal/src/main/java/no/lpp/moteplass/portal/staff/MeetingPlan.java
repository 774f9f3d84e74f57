package no.lpp.moteplass.portal.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.portal.web.FormValues;

/**
 * The planning form as typed; the meetings service checks it (and says what is wrong, field by field). The team is a
 * hidden field: bound as an id, so a tampered one is refused as a bad request before anything is asked of a service.
 */
public record MeetingPlan(UUID team, String theme, String title, String description, String date, String startTime,
        String venueName, String venueAddress, String accessibilityNotes, String capacity,
        String reservedForRelatives, String facilitator1, String facilitator2) {

    static MeetingPlan forTeam(UUID team) {
        return new MeetingPlan(team, null, null, null, null, "18:00", null, null, null, "25", "0", null,
                null);
    }

    /** The JSON for POST /api/meetings/meetings; blanks are left out so the service names what is missing. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teamId", team);
        FormValues.putText(body, "themeId", theme);
        FormValues.putText(body, "title", title);
        FormValues.putText(body, "description", description);
        FormValues.putText(body, "date", date);
        FormValues.putText(body, "startTime", startTime);
        FormValues.putText(body, "venueName", venueName);
        FormValues.putText(body, "venueAddress", venueAddress);
        FormValues.putText(body, "accessibilityNotes", accessibilityNotes);
        FormValues.putText(body, "capacity", capacity);
        FormValues.putText(body, "reservedForRelatives", reservedForRelatives);
        List<String> facilitators = new ArrayList<>();
        for (String facilitator : new String[] {facilitator1, facilitator2}) {
            if (facilitator != null && !facilitator.isBlank()) {
                facilitators.add(facilitator.strip());
            }
        }
        body.put("facilitatorIds", facilitators);
        return body;
    }
}
