/**
 * Events published by the teams and training service: team state (with members, so the meeting service knows who may
 * lead a team's meetings) and certifications (so it can tell whether a facilitator is eligible on a meeting date).
 * Person ids only; names and contact details stay in the service.
 */
package no.lpp.moteplass.contracts.teams;
