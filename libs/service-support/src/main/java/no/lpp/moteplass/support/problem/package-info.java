/**
 * RFC 9457 problem details for every error a service returns, from validation to security to the unexpected.
 * Titles and details are Norwegian (bokmål) because coordinators and relatives read them in the portal.
 */
package no.lpp.moteplass.support.problem;
