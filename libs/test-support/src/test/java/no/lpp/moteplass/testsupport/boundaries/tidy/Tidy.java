package no.lpp.moteplass.testsupport.boundaries.tidy;

import org.springframework.modulith.Modulithic;

@Modulithic
public class Tidy {
}
