package no.lpp.moteplass.meeting.theme;

import java.util.UUID;

/**
 * A theme a meeting can have.
 *
 * @param guidance advice for the facilitators preparing the meeting
 */
public record Theme(UUID id, String title, String description, String guidance) {
}
