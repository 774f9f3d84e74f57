/** Events published by the knowledge feedback service: insights and their follow-up. Never personal data. */
package no.lpp.moteplass.contracts.knowledge;
