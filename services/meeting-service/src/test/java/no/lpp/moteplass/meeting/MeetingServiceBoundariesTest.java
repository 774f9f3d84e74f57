package no.lpp.moteplass.meeting;

import no.lpp.moteplass.testsupport.ModuleBoundariesTest;

class MeetingServiceBoundariesTest extends ModuleBoundariesTest {

    MeetingServiceBoundariesTest() {
        super(MeetingServiceApplication.class);
    }
}
