/** REST API for certifications, under {@code /api/teams/certifications}. */
package no.lpp.moteplass.team.certification.web;
