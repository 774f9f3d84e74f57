package no.lpp.moteplass.partnership;

import no.lpp.moteplass.testsupport.ModuleBoundariesTest;

class PartnershipServiceBoundariesTest extends ModuleBoundariesTest {

    PartnershipServiceBoundariesTest() {
        super(PartnershipServiceApplication.class);
    }
}
