/**
 * The teams and training service: MØTEPLASS teams and their members, LPP's courses and certifications, and team
 * readiness. It knows organisations only from the partnership service's events, kept in a local read model.
 */
package no.lpp.moteplass.team;
