/** Wiring: topics and settings. */
package no.lpp.moteplass.knowledge.config;
