/** The participant list and check-in, for those who run the meeting. */
package no.lpp.moteplass.meeting.registration.web;
