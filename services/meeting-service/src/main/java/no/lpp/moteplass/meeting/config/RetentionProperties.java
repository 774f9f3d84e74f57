package no.lpp.moteplass.meeting.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retentionDays days after a meeting when its registrants' personal data is erased; the emails say so
 */
@ConfigurationProperties("moteplass.registrations")
public record RetentionProperties(int retentionDays) {
}
