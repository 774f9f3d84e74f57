package no.lpp.moteplass.team;

import no.lpp.moteplass.testsupport.ModuleBoundariesTest;

class TeamServiceBoundariesTest extends ModuleBoundariesTest {

    TeamServiceBoundariesTest() {
        super(TeamServiceApplication.class);
    }
}
