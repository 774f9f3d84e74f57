package no.lpp.moteplass.testsupport.boundaries.tangled.listing;

import no.lpp.moteplass.testsupport.boundaries.tangled.registration.web.RegistrationForm;

/** Reaches into the registration feature's web package. */
public class Listing {

    RegistrationForm form;
}
