package no.lpp.moteplass.testsupport.boundaries.tidy.registration;

import no.lpp.moteplass.testsupport.boundaries.tidy.meeting.Meeting;

public class Registration {

    Meeting meeting;
}
