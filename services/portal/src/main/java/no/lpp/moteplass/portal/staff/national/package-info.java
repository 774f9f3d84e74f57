/**
 * LPP's national pages under *Min side*: the register of organisations and agreements, the teams and their cadence,
 * training and certifications, the theme catalogue, and the national dashboard with the annual report. Like every
 * staff page they call the services with the signed-in user's token: the services decide who sees and changes what
 * (a coordinator opening these pages sees their own organisation's share, or is refused).
 */
package no.lpp.moteplass.portal.staff.national;
