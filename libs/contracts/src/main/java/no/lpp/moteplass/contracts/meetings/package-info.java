/**
 * Events published by the meetings service. Ids, times and counts only: nothing about who registered, ever.
 */
package no.lpp.moteplass.contracts.meetings;
