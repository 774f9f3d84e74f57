/**
 * The pages for people who log in (through the gateway, with their organisation's identity provider): their teams and
 * readiness, planning and publishing meetings, participants, summaries and follow-ups (LPP's national pages are in
 * {@code staff.national}). The gateway relays the user's access token; the portal verifies it before any of these
 * pages (see PortalSecurity), every call to a service carries it (see ServiceClients), and the service decides what
 * the user may see and do. The portal reads the token's claims only to greet the user and choose which links to show —
 * never to decide access.
 */
package no.lpp.moteplass.portal.staff;
