package no.lpp.moteplass.local.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;

/**
 * What people would read in an email, whatever multipart structure carries it: the mail catcher shows it, and the
 * tests (test-support's {@code Mails}) read the same text.
 */
public final class MailText {

    private MailText() {
    }

    /** The plain-text body; attachments are named, not included. */
    public static String of(Part part) {
        try {
            if (part.getFileName() != null) {
                return "\n[Vedlegg: " + part.getFileName() + "]\n";
            }
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            StringBuilder text = new StringBuilder();
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(of(multipart.getBodyPart(i)));
                }
            }
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }
}
