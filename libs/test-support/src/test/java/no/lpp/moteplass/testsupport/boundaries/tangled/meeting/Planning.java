package no.lpp.moteplass.testsupport.boundaries.tangled.meeting;

import no.lpp.moteplass.testsupport.boundaries.tangled.notification.Letters;

/** Planning tells the letters directly... */
public class Planning {

    Letters letters;
}
