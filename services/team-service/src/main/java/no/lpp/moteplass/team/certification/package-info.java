/**
 * Certifications LPP's courses grant (basic concept training, facilitator training): issued when a session is
 * completed, valid for the course type's months, revocable with a reason, flagged 60 days before expiry and expired by
 * a replica-safe job. Every change is published, and the holder's teams re-check their readiness.
 */
package no.lpp.moteplass.team.certification;
