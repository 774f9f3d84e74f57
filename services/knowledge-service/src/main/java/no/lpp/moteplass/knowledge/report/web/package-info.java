/** The report API: JSON, CSV and the annual PDF. */
package no.lpp.moteplass.knowledge.report.web;
