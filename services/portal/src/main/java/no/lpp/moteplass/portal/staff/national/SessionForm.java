package no.lpp.moteplass.portal.staff.national;

import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.portal.web.FormFields;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.lpp.moteplass.portal.web.FormValues;

/** A course session as the trainer types it; the teams service checks it and names what is wrong. */
public record SessionForm(String courseType, String date, String time, String place, String onlineLink,
        String trainer, String capacity) {

    /** The service's names for the fields → the form's. */
    /** The form as national/session.html shows it. */
    static final FormFields FIELDS = FormFields.form()
            .choice("courseType", "kurstype").text("date", "dato").text("time", "klokkeslett").text("place", "sted")
            .text("onlineLink", "lenken til det digitale kurset").text("trainer", "kursholder")
            .text("capacity", "antall plasser")
            .alias("courseTypeId", "courseType").alias("startsAt", "date");

    static SessionForm blank() {
        return new SessionForm(null, null, "10:00", null, null, null, "12");
    }

    /** The JSON for POST /api/teams/sessions; a date or time that is not one leaves startsAt out, so it is named. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        FormValues.putText(body, "courseTypeId", courseType);
        try {
            body.put("startsAt", LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip()))
                    .atZone(Norway.ZONE).toInstant().toString());
        } catch (DateTimeParseException | NullPointerException e) {
            // left out: the service answers "må fylles ut" at the date
        }
        FormValues.putText(body, "place", place);
        FormValues.putText(body, "onlineLink", onlineLink);
        FormValues.putText(body, "trainer", trainer);
        FormValues.putText(body, "capacity", capacity);
        return body;
    }
}
