package no.lpp.moteplass.meeting;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM on the port every test context sends to (test config/application.yml).
 * One per JVM; {@link #outage(Runnable)} stops it for a while to show that mail is delayed, not lost.
 */
public final class MailServer {

    static final int PORT = 13025;
    private static GreenMail server;

    private MailServer() {
    }

    public static synchronized GreenMail running() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** Runs {@code whileDown} with no mail server listening, then starts a fresh one. */
    public static synchronized void outage(Runnable whileDown) {
        running().stop();
        server = null;
        try {
            whileDown.run();
        } finally {
            running();
        }
    }

    /** Waits for the messages to one address, in the order they arrived. */
    public static List<MimeMessage> awaitMessagesTo(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(address).size() >= count);
        return messagesTo(address);
    }

    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(running().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
