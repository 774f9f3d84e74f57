package no.lpp.moteplass.portal;

import no.lpp.moteplass.testsupport.ModuleBoundariesTest;

class PortalBoundariesTest extends ModuleBoundariesTest {

    PortalBoundariesTest() {
        super(PortalApplication.class);
    }
}
