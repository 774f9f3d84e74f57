/**
 * Registration without an account: the minimum a meeting needs (category, relation or sector, a name, a way to reach
 * the person, dietary and accessibility needs, consent), never a diagnosis or national identity number. Seats are
 * confirmed while they last (decided on the meeting's seat counts, one registration at a time, so never more than the
 * capacity), then the waiting list fills in order; a cancellation promotes the first who fits. The registrant manages
 * the registration by an unguessable link whose token is stored only as a hash and stops working when the meeting is
 * over.
 *
 * <p>Only this feature reads the {@code registration} and {@code seat_count} tables. The others learn what they need
 * from it: who to write to and the registration an email is for ({@link
 * no.lpp.moteplass.meeting.registration.Registrants}), seat counts and who came, counted (through the meeting
 * feature's {@code SeatCounts.Source} and {@code CheckIns}), and each registration or promotion as a {@link
 * no.lpp.moteplass.meeting.registration.RegistrationChange} published in its transaction.
 */
package no.lpp.moteplass.meeting.registration;
