/** REST API for MØTEPLASS teams, under {@code /api/teams/teams}. */
package no.lpp.moteplass.team.roster.web;
