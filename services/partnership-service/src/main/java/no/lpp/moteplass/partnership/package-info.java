/**
 * The partnership service: LPP's register of partner organisations (health trusts, municipalities) and supporters,
 * and — as it grows — the agreements (samarbeidsavtaler) that bind them to the MØTEPLASS concept. Other services learn
 * about organisations from its events, never by calling it.
 */
package no.lpp.moteplass.partnership;
