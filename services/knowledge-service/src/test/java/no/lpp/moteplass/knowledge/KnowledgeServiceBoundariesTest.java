package no.lpp.moteplass.knowledge;

import no.lpp.moteplass.testsupport.ModuleBoundariesTest;

class KnowledgeServiceBoundariesTest extends ModuleBoundariesTest {

    KnowledgeServiceBoundariesTest() {
        super(KnowledgeServiceApplication.class);
    }
}
