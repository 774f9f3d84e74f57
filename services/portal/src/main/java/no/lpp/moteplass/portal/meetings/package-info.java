/**
 * Finding and joining a meeting without an account: the listing with filters, a meeting's page, the registration form
 * that explains each question, the confirmation, and the listing partners embed on their intranets.
 */
package no.lpp.moteplass.portal.meetings;
