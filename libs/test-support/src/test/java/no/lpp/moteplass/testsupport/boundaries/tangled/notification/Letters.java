package no.lpp.moteplass.testsupport.boundaries.tangled.notification;

import no.lpp.moteplass.testsupport.boundaries.tangled.meeting.Planning;

/** ...and the letters know planning: a cycle between meeting and notification. */
public class Letters {

    Planning planning;
}
