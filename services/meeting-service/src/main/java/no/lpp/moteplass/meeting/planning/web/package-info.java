/** REST API for planning meetings, under {@code /api/meetings/meetings}. */
package no.lpp.moteplass.meeting.planning.web;
