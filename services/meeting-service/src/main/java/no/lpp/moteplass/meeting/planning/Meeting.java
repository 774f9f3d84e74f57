package no.lpp.moteplass.meeting.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.support.problem.DomainRuleViolation;

/**
 * A MØTEPLASS meeting. Guards its own rules: exactly two different facilitators, a place or a link, seats reserved for
 * relatives within the capacity, and the lifecycle DRAFT → PUBLISHED → HELD or CANCELLED.
 *
 * @param sequence the iCalendar SEQUENCE: raised by every change calendars must pick up
 */
public record Meeting(UUID id, UUID teamId, UUID themeId, Details details, MeetingStatus status, int sequence,
        Instant createdAt, String createdBy, Instant changedAt, long version) {

    /** What a coordinator plans. */
    public record Details(String title, String description, String venueName, String venueAddress,
            String accessibilityNotes, String onlineLink, ZonedDateTime startsAt, List<UUID> facilitatorIds,
            int capacity, int reservedForRelatives, Instant registrationOpensAt, Instant registrationClosesAt) {

        public Details {
            facilitatorIds = List.copyOf(facilitatorIds);
        }

        /** The same meeting at another time or place. */
        public Details at(Schedule schedule) {
            return new Details(title, description, schedule.venueName(), schedule.venueAddress(),
                    schedule.accessibilityNotes(), schedule.onlineLink(), schedule.startsAt(), facilitatorIds, capacity,
                    reservedForRelatives, registrationOpensAt, registrationClosesAt);
        }
    }

    /** When and where: what a reschedule changes. */
    public record Schedule(ZonedDateTime startsAt, String venueName, String venueAddress, String accessibilityNotes,
            String onlineLink) {
    }

    /** How far ahead a meeting may be planned or moved: agreements, and so teams, are made for a few years. */
    static final int YEARS_AHEAD = 3;

    /** From today (in Norway) to {@link #YEARS_AHEAD} years ahead; registration opens, then closes, then it begins. */
    public static Meeting plan(UUID teamId, UUID themeId, Details details, Instant now, String by) {
        check(details);
        checkDate(details.startsAt(), now);
        checkRegistrationWindow(details);
        return new Meeting(UUID.randomUUID(), teamId, themeId, details, MeetingStatus.DRAFT, 0, now, by, now, 0);
    }

    /** Publishes, given what the directory says; a refusal names the reason so the coordinator can act on it. */
    public Meeting publish(boolean teamReady, List<UUID> ineligibleFacilitators, Instant now) {
        if (status != MeetingStatus.DRAFT) {
            throw new DomainRuleViolation("Bare utkast kan publiseres.");
        }
        if (!teamReady) {
            throw new DomainRuleViolation("Teamet er ikke klart (READY): det trenger en aktiv samarbeidsavtale, to"
                    + " fagpersoner med gyldig fasilitatorsertifisering og minst én pårørende med grunnopplæring.");
        }
        if (!ineligibleFacilitators.isEmpty()) {
            throw new DomainRuleViolation("Fasilitator " + ineligibleFacilitators + " kan ikke lede møtet: hver"
                    + " fasilitator må være fagperson i teamet med fasilitatorsertifisering som er gyldig på møtedagen.");
        }
        return new Meeting(id, teamId, themeId, details, MeetingStatus.PUBLISHED, sequence, createdAt, createdBy, now,
                version + 1);
    }

    public Meeting cancel(Instant now) {
        if (status != MeetingStatus.DRAFT && status != MeetingStatus.PUBLISHED) {
            throw new DomainRuleViolation("Møtet er allerede " + (status == MeetingStatus.HELD ? "holdt" : "avlyst") + ".");
        }
        return new Meeting(id, teamId, themeId, details, MeetingStatus.CANCELLED, sequence + 1, createdAt, createdBy,
                now, version + 1);
    }

    /** Moves the meeting; calendars and registrants must learn of it, so the SEQUENCE goes up. */
    public Meeting reschedule(Schedule schedule, Instant now) {
        if (status != MeetingStatus.DRAFT && status != MeetingStatus.PUBLISHED) {
            throw new DomainRuleViolation("Bare planlagte møter kan flyttes.");
        }
        if (!schedule.startsAt().toInstant().isAfter(now)) {
            throw new DomainRuleViolation("Et møte kan bare flyttes til et tidspunkt fram i tid.");
        }
        Details moved = details.at(schedule);
        check(moved);
        checkDate(moved.startsAt(), now);
        return new Meeting(id, teamId, themeId, moved, status, sequence + 1, createdAt, createdBy, now, version + 1);
    }

    /** Marks a published meeting as held, once it has begun. */
    public Meeting hold(Instant now) {
        if (status != MeetingStatus.PUBLISHED) {
            throw new DomainRuleViolation("Bare publiserte møter kan markeres som holdt.");
        }
        if (now.isBefore(details.startsAt().toInstant())) {
            throw new DomainRuleViolation("Møtet kan markeres som holdt først når det har begynt.");
        }
        return new Meeting(id, teamId, themeId, details, MeetingStatus.HELD, sequence, createdAt, createdBy, now,
                version + 1);
    }

    public boolean isLedBy(Collection<UUID> personIds) {
        return details.facilitatorIds().stream().anyMatch(personIds::contains);
    }

    public MeetingFormat format() {
        return MeetingFormat.startingAt(details.startsAt());
    }

    /** Whether someone registering now may: published, open, not closed, not begun. */
    public boolean isOpenForRegistration(Instant now) {
        return status == MeetingStatus.PUBLISHED
                && (details.registrationOpensAt() == null || !now.isBefore(details.registrationOpensAt()))
                && (details.registrationClosesAt() == null || now.isBefore(details.registrationClosesAt()))
                && now.isBefore(details.startsAt().toInstant());
    }

    private static void checkDate(ZonedDateTime startsAt, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Norway.ZONE);
        LocalDate day = startsAt.withZoneSameInstant(Norway.ZONE).toLocalDate();
        if (day.isBefore(today)) {
            throw new DomainRuleViolation("Møtedatoen kan ikke være tilbake i tid.");
        }
        if (day.isAfter(today.plusYears(YEARS_AHEAD))) {
            throw new DomainRuleViolation("Et møte kan planlegges høyst " + YEARS_AHEAD + " år fram i tid.");
        }
    }

    /** Registration opens before it closes, and both before the meeting begins. */
    private static void checkRegistrationWindow(Details details) {
        Instant opens = details.registrationOpensAt();
        Instant closes = details.registrationClosesAt();
        Instant starts = details.startsAt().toInstant();
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            throw new DomainRuleViolation("Påmeldingen må åpne før den stenger.");
        }
        if (closes != null && closes.isAfter(starts)) {
            throw new DomainRuleViolation("Påmeldingen må stenge senest når møtet begynner.");
        }
        if (opens != null && !opens.isBefore(starts)) {
            throw new DomainRuleViolation("Påmeldingen må åpne før møtet begynner.");
        }
    }

    private static void check(Details details) {
        if (details.facilitatorIds().size() != 2 || new HashSet<>(details.facilitatorIds()).size() != 2) {
            throw new DomainRuleViolation("Et møte ledes av nøyaktig to ulike fasilitatorer.");
        }
        boolean hasVenue = details.venueName() != null && !details.venueName().isBlank();
        boolean online = details.onlineLink() != null && !details.onlineLink().isBlank();
        if (!hasVenue && !online) {
            throw new DomainRuleViolation("Oppgi et møtested eller en lenke til et nettmøte.");
        }
        if (details.reservedForRelatives() > details.capacity()) {
            throw new DomainRuleViolation("Plassene reservert for pårørende kan ikke være flere enn kapasiteten.");
        }
    }
}
