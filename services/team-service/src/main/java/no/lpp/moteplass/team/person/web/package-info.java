/** REST API for people in teams and courses, under {@code /api/teams/persons}. */
package no.lpp.moteplass.team.person.web;
