/**
 * The knowledge feedback service: post-meeting summaries, insights routed to the services they concern and their
 * follow-up, anonymous participant feedback, and reports for LPP, partners and Helsedirektoratet.
 */
package no.lpp.moteplass.knowledge;
