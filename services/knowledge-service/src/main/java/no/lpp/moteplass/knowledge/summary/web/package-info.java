/** The summary API. */
package no.lpp.moteplass.knowledge.summary.web;
