/** The meetings service's access rules, in one place. */
package no.lpp.moteplass.meeting.access;
