/**
 * Cooperation agreements (samarbeidsavtaler) between LPP and its partners, with optional supporters: the parties'
 * commitments, signatures, and the lifecycle DRAFT → ACTIVE → EXPIRED or TERMINATED, moved by people (sign,
 * terminate, renew) and by the calendar (activate on the start date, flag those about to expire, expire).
 */
package no.lpp.moteplass.partnership.agreement;
