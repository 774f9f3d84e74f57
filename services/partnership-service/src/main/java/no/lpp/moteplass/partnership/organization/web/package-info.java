/** REST API for the organisation register, under {@code /api/partnerships/organizations}. */
package no.lpp.moteplass.partnership.organization.web;
