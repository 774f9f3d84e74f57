package no.lpp.moteplass.testsupport.boundaries.tangled.registration.web;

/** Public in Java, but internal to the registration feature. */
public class RegistrationForm {
}
