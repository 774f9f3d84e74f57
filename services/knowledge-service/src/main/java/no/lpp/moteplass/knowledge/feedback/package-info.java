/** Anonymous participant feedback: a form per meeting, one answer per form session, results only above a threshold. */
package no.lpp.moteplass.knowledge.feedback;
