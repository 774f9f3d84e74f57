/** The knowledge service's access rules, in one place. */
package no.lpp.moteplass.knowledge.access;
