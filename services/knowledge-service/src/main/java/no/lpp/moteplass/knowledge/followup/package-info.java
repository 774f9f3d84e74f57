/** "You said, we did": each target organisation's follow-up of each published insight. */
package no.lpp.moteplass.knowledge.followup;
