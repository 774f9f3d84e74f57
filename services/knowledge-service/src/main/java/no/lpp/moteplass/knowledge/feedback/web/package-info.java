/** The public feedback form and the results for those who may see them. */
package no.lpp.moteplass.knowledge.feedback.web;
