/** The follow-up API, for coordinators and intranet integrations. */
package no.lpp.moteplass.knowledge.followup.web;
