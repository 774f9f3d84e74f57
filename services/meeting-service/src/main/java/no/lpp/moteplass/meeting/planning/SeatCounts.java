package no.lpp.moteplass.meeting.planning;

import java.util.UUID;

/** How many hold a seat at a meeting and how many wait for one: numbers only, never who. */
public record SeatCounts(int confirmed, int waitlisted) {

    /** The registration feature keeps the counts; planning asks it through this, so neither reaches into the other. */
    public interface Source {

        SeatCounts of(UUID meetingId);
    }
}
