package no.lpp.moteplass.testsupport.boundaries.tidy.registration.web;

import no.lpp.moteplass.testsupport.boundaries.tidy.meeting.Meeting;
import no.lpp.moteplass.testsupport.boundaries.tidy.registration.Registration;

/** A feature's own subpackage uses its feature and another feature's published type. */
public class RegistrationForm {

    Registration registration;
    Meeting meeting;
}
