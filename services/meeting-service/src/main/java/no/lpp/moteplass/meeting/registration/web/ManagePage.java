package no.lpp.moteplass.meeting.registration.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.lpp.moteplass.meeting.meeting.Meeting;
import no.lpp.moteplass.meeting.meeting.Meetings;
import no.lpp.moteplass.meeting.registration.Registration;
import org.springframework.web.util.HtmlUtils;

/**
 * The page the link in the confirmation email opens: the registration, and buttons to cancel it or erase the data now.
 * Plain HTML forms, so it works in any mail client's browser without scripts. Emails now link to the portal's page
 * ({@code /pamelding/{token}}); this one keeps the links in emails sent before that working.
 */
final class ManagePage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("nb-NO"));

    private ManagePage() {
    }

    static String of(Registration registration, Meetings.PublicMeeting described, String token) {
        Meeting meeting = described.meeting();
        String status = switch (registration.status()) {
            case "CONFIRMED" -> "Du er påmeldt og har plass.";
            case "WAITLISTED" -> "Du står på venteliste. Får du plass, sender vi deg en e-post.";
            default -> "Du er meldt av dette møtet.";
        };
        String place = meeting.details().venueName() != null ? meeting.details().venueName()
                + (meeting.details().venueAddress() == null ? "" : ", " + meeting.details().venueAddress())
                : "Nettmøte";
        StringBuilder actions = new StringBuilder();
        if (!"CANCELLED".equals(registration.status())) {
            actions.append(form(token, "cancellation", "Meld meg av"));
        }
        if (registration.name() != null || registration.email() != null || registration.mobile() != null) {
            actions.append("<p>Du kan også slette navnet og kontaktopplysningene dine nå. Da melder vi deg av, og"
                    + " vi kan ikke lenger nå deg.</p>").append(form(token, "erasure", "Slett opplysningene mine"));
        } else {
            actions.append("<p>Navn og kontaktopplysninger er slettet.</p>");
        }
        return """
                <!doctype html>
                <html lang="nb">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="same-origin"><meta name="robots" content="noindex">
                <title>Din påmelding – Pårørende MØTEPLASS</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;
                line-height:1.5;color:#1a1a1a}button{font-size:1rem;padding:.6rem 1.2rem;margin:.3rem 0;cursor:pointer}
                </style></head>
                <body><main>
                <h1>Din påmelding</h1>
                <p><strong>%s</strong></p>
                <h2>%s</h2>
                <p>%s<br>%s</p>
                %s
                </main></body></html>
                """.formatted(status, html(meeting.details().title()), html(WHEN.format(meeting.format().meetingStarts())),
                html(place), actions);
    }

    private static String form(String token, String action, String label) {
        return "<form method=\"post\" action=\"/public/registrations/" + html(token) + "/" + action + "\">"
                + "<button type=\"submit\">" + label + "</button></form>\n";
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
