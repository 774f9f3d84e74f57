/**
 * What this service knows about organisations: a read model fed by partnership events, used to check that a team's
 * host organisations exist (and, later, have an active agreement).
 */
package no.lpp.moteplass.team.organization;
