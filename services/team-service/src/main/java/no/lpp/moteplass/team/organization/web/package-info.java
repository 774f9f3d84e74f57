/** Read-only API over the organisations this service knows, under {@code /api/teams/organizations}. */
package no.lpp.moteplass.team.organization.web;
