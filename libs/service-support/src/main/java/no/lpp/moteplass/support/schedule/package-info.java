/** How date-driven jobs (agreement calendar, certification expiry) work through what is due, one way everywhere. */
package no.lpp.moteplass.support.schedule;
