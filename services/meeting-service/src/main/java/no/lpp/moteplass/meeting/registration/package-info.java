/**
 * Registration without an account: the minimum a meeting needs (category, relation or sector, a name, a way to reach
 * the person, dietary and accessibility needs, consent), never a diagnosis or national identity number. Seats are
 * confirmed while they last (decided on the meeting's seat counts, one registration at a time, so never more than the
 * capacity), then the waiting list fills in order; a cancellation promotes the first who fits. The registrant manages
 * the registration by an unguessable link whose token is stored only as a hash and stops working when the meeting is
 * over.
 */
package no.lpp.moteplass.meeting.registration;
