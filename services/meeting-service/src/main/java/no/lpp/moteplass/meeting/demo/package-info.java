/** Demo meetings for the local platform (moteplass.demo-data=true). */
package no.lpp.moteplass.meeting.demo;
