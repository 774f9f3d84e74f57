package no.lpp.moteplass.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.lpp.moteplass.local.mail.MailText;

/** Reads what people would read in an email, whatever multipart structure carries it. */
public final class Mails {

    private Mails() {
    }

    /** The plain-text body; attachments are named, not included (as the local platform's mail catcher shows it). */
    public static String text(Part part) {
        return MailText.of(part);
    }

    /** The named attachment as UTF-8 text, with its content type. */
    public record Attachment(String contentType, String content) {
    }

    public static Optional<Attachment> attachment(Part part, String fileName) {
        try {
            if (fileName.equals(part.getFileName())) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(bytes);
                return Optional.of(new Attachment(part.getContentType(), bytes.toString(StandardCharsets.UTF_8)));
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<Attachment> found = attachment(child, fileName);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }
}
