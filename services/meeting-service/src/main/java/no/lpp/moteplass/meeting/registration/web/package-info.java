/**
 * Registering without logging in ({@code POST /public/meetings/{id}/registrations}) and managing the registration by
 * the link in the confirmation email ({@code /public/registrations/{token}}, as JSON or as a plain HTML page); and, for
 * those who run the meeting, the participant list and check-in.
 */
package no.lpp.moteplass.meeting.registration.web;
