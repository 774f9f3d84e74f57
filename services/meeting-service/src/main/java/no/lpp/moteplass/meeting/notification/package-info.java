/**
 * Emails to registrants: queued in the transaction of the change that makes them due, sent by a relay that retries
 * until the mail server takes them, written in Norwegian when sent so they show the meeting as it is then.
 */
package no.lpp.moteplass.meeting.notification;
