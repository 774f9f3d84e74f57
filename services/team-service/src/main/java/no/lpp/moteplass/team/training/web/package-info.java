/** REST API for LPP's training: {@code /api/teams/course-types} and {@code /api/teams/sessions}. */
package no.lpp.moteplass.team.training.web;
