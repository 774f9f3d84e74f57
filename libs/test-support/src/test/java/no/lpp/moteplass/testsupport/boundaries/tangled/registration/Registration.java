package no.lpp.moteplass.testsupport.boundaries.tangled.registration;

public class Registration {
}
