/** What the knowledge service knows of organisations, agreements, teams and meetings, from their events. */
package no.lpp.moteplass.knowledge.directory;
