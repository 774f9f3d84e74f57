/** Post-meeting summaries and their insights: written and approved by the facilitators, screened, then routed. */
package no.lpp.moteplass.knowledge.summary;
