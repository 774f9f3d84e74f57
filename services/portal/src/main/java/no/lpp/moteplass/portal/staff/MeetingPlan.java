package no.lpp.moteplass.portal.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The planning form as typed; the meetings service checks it (and says what is wrong, field by field). */
public record MeetingPlan(String team, String theme, String title, String description, String date, String startTime,
        String venueName, String venueAddress, String accessibilityNotes, String capacity,
        String reservedForRelatives, String facilitator1, String facilitator2) {

    static MeetingPlan forTeam(UUID team) {
        return new MeetingPlan(team.toString(), null, null, null, null, "18:00", null, null, null, "25", "0", null,
                null);
    }

    /** The JSON for POST /api/meetings/meetings; blanks are left out so the service names what is missing. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "teamId", team);
        put(body, "themeId", theme);
        put(body, "title", title);
        put(body, "description", description);
        put(body, "date", date);
        put(body, "startTime", startTime);
        put(body, "venueName", venueName);
        put(body, "venueAddress", venueAddress);
        put(body, "accessibilityNotes", accessibilityNotes);
        put(body, "capacity", capacity);
        put(body, "reservedForRelatives", reservedForRelatives);
        List<String> facilitators = new ArrayList<>();
        for (String facilitator : new String[] {facilitator1, facilitator2}) {
            if (facilitator != null && !facilitator.isBlank()) {
                facilitators.add(facilitator.strip());
            }
        }
        body.put("facilitatorIds", facilitators);
        return body;
    }

    private static void put(Map<String, Object> body, String key, String value) {
        if (value != null && !value.isBlank()) {
            body.put(key, value.strip());
        }
    }
}
