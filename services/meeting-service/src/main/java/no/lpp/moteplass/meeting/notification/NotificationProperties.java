package no.lpp.moteplass.meeting.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from           the sender, e.g. {@code Pårørende MØTEPLASS <moteplass@lpp.no>}
 * @param publicUrl      where registrants reach the platform (the gateway), for the manage link
 * @param reminderBefore how long before the meeting the reminder goes out
 * @param retryFirst     the wait after the first failed attempt; it doubles with each further failure
 * @param retryAtMost    the longest wait between attempts: a message is retried until it is sent
 */
@ConfigurationProperties("moteplass.notifications")
public record NotificationProperties(String from, URI publicUrl, Duration reminderBefore, Duration retryFirst,
        Duration retryAtMost) {
}
