package no.lpp.moteplass.testsupport.boundaries.tidy.meeting;

public class Meeting {
}
