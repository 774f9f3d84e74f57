package no.lpp.moteplass.portal.meetings;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** A meeting as the meetings service publishes it (GET /public/meetings). */
public record Meeting(UUID id, String title, String description, UUID themeId, String theme, String team,
        String locality, List<Host> hosts, String venueName, String venueAddress, String accessibilityNotes,
        String onlineLink, ZonedDateTime startsAt, ZonedDateTime endsAt, String status, boolean registrationOpen) {

    /** An organisation behind the meeting's team. */
    public record Host(UUID id, String name) {
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** Who arranges it, as one line: "Demo Helseforetak HF og Demo kommune". */
    public String arrangedBy() {
        List<String> names = hosts == null ? List.of() : hosts.stream().map(Host::name).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? team : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.getLast();
    }
}
