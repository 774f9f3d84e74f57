/**
 * The anonymous feedback form participants reach by the QR code or link shown at the end of a meeting. The knowledge
 * service keeps the answers (without who, where from or when); the portal only shows the form and passes the answers
 * on with the form's one-time session.
 */
package no.lpp.moteplass.portal.feedback;
