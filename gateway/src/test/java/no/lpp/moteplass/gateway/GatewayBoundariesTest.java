package no.lpp.moteplass.gateway;

import no.lpp.moteplass.testsupport.ModuleBoundariesTest;

class GatewayBoundariesTest extends ModuleBoundariesTest {

    GatewayBoundariesTest() {
        super(GatewayApplication.class);
    }
}
