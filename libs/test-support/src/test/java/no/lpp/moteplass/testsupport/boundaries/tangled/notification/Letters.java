package no.lpp.moteplass.testsupport.boundaries.tangled.notification;

import no.lpp.moteplass.testsupport.boundaries.tangled.meeting.Planning;
import org.springframework.stereotype.Service;

/**
 * ...and the letters know planning: a cycle between meeting and notification. Also an application service not named
 * for its role.
 */
@Service
public class Letters {

    Planning planning;
}
