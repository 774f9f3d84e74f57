/** Reports for LPP, regions, partners and teams, as JSON, CSV and the annual PDF for Helsedirektoratet. */
package no.lpp.moteplass.knowledge.report;
