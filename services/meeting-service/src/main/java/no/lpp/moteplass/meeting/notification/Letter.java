package no.lpp.moteplass.meeting.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.MeetingFormat;
import no.lpp.moteplass.meeting.planning.Meetings;
import no.lpp.moteplass.meeting.registration.RegistrationStatus;

/**
 * One email to a registrant, in Norwegian: what happened, the meeting as relatives see it (the meeting itself, not the
 * professionals' pre- and post-meetings), and how to manage the registration and when the data is erased.
 *
 * @param attachCalendar whether the email carries the meeting as an {@code .ics} file (for those with a seat)
 */
record Letter(String subject, String body, boolean attachCalendar) {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", NORWEGIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", NORWEGIAN);

    /** What the letter needs to know about the registration; the manage link only for the confirmation. */
    record Recipient(String name, RegistrationStatus status, String manageLink) {

        boolean confirmed() {
            return status == RegistrationStatus.CONFIRMED;
        }
    }

    static Letter write(NotificationKind kind, Meetings.DescribedMeeting described, Recipient to, int retentionDays) {
        Meeting meeting = described.meeting();
        String title = meeting.details().title();
        String when = when(meeting.format());
        return switch (kind) {
            case CONFIRMATION -> to.confirmed()
                    ? new Letter("Du er påmeldt: " + title, hello(to) + "Takk for påmeldingen! Du har fått plass på"
                            + " Pårørende MØTEPLASS.\n\n" + about(described, when) + manage(to, retentionDays)
                            + "Møtet ligger ved denne e-posten som en kalenderfil (.ics).\n" + goodbye(), true)
                    : new Letter("Du står på venteliste: " + title, hello(to) + "Takk for påmeldingen! Møtet er"
                            + " fullt, så du står på venteliste. Får du plass, sender vi deg en e-post med en gang.\n\n"
                            + about(described, when) + manage(to, retentionDays) + goodbye(), false);
            case PROMOTION -> new Letter("Du har fått plass: " + title, hello(to) + "En plass ble ledig, og du har"
                    + " nå fått plass på møtet du sto på venteliste til.\n\n" + about(described, when)
                    + "Kan du likevel ikke komme, meld deg av med lenken i den første e-posten vi sendte, så får"
                    + " neste på ventelisten plassen.\n\n" + goodbye(), true);
            case REMINDER -> new Letter("Påminnelse: " + title + " " + shortDay(meeting), hello(to)
                    + "Vi minner om møtet du er påmeldt.\n\n" + about(described, when)
                    + "Kan du likevel ikke komme, meld deg av med lenken i påmeldingsbekreftelsen, så får andre"
                    + " plassen.\n\n" + goodbye(), false);
            case RESCHEDULE -> new Letter("Endret tid eller sted: " + title, hello(to) + "Møtet du er påmeldt, er"
                    + " flyttet. Dette gjelder nå:\n\n" + about(described, when)
                    + "Passer det ikke lenger, meld deg av med lenken i påmeldingsbekreftelsen.\n\n" + goodbye(),
                    to.confirmed());
            case CANCELLATION -> new Letter("Avlyst: " + title, hello(to) + "Dessverre er møtet " + title + " "
                    + when + " avlyst. Vi beklager!\n\nSe etter andre møter på " + "Pårørende MØTEPLASS.\n\n"
                    + "Opplysningene dine slettes automatisk senest " + retentionDays + " dager etter den"
                    + " opprinnelige møtedatoen.\n\n" + goodbye(), to.confirmed());
        };
    }

    private static String hello(Recipient to) {
        return "Hei" + (to.name() == null ? "" : " " + to.name()) + ",\n\n";
    }

    private static String about(Meetings.DescribedMeeting described, String when) {
        Meeting.Details d = described.meeting().details();
        StringBuilder text = new StringBuilder()
                .append("Møte: ").append(d.title()).append('\n')
                .append("Tema: ").append(described.themeTitle()).append('\n')
                .append("Tid: ").append(when).append('\n');
        if (d.venueName() != null) {
            text.append("Sted: ").append(d.venueName())
                    .append(d.venueAddress() == null ? "" : ", " + d.venueAddress()).append('\n');
        }
        if (d.accessibilityNotes() != null) {
            text.append("Tilgjengelighet: ").append(d.accessibilityNotes()).append('\n');
        }
        if (d.onlineLink() != null) {
            text.append("Nettmøte: ").append(d.onlineLink()).append('\n');
        }
        return text.append("Arrangør: ").append(described.teamName()).append('\n')
                .append("Det blir enkel servering før start og i pausen. Møtet er gratis.\n\n").toString();
    }

    private static String manage(Recipient to, int retentionDays) {
        return "Se påmeldingen, meld deg av eller slett opplysningene dine:\n" + to.manageLink() + "\n"
                + "Lenken er personlig – ikke del den med andre.\n\n"
                + "Vi bruker opplysningene dine bare til dette møtet og sletter dem automatisk " + retentionDays
                + " dager etter møtet.\n\n";
    }

    private static String goodbye() {
        return "\nVennlig hilsen\nPårørende MØTEPLASS\nLPP – Landsforeningen for pårørende innen psykisk helse\n";
    }

    private static String when(MeetingFormat format) {
        return DAY.format(format.meetingStarts()) + " kl. " + TIME.format(format.meetingStarts()) + "–"
                + TIME.format(format.meetingEnds());
    }

    private static String shortDay(Meeting meeting) {
        return DateTimeFormatter.ofPattern("d. MMMM", NORWEGIAN).format(meeting.format().meetingStarts());
    }
}
