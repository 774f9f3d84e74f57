package no.lpp.moteplass.testsupport.boundaries.tangled;

import org.springframework.modulith.Modulithic;

@Modulithic
public class Tangled {
}
