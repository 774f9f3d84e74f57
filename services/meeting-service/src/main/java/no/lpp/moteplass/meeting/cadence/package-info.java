/** Whether teams hold the two to three meetings per half-year the concept asks for. */
package no.lpp.moteplass.meeting.cadence;
