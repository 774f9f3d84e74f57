/** The national taxonomy of insight tags. */
package no.lpp.moteplass.knowledge.taxonomy;
