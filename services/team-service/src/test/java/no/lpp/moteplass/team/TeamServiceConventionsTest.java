package no.lpp.moteplass.team;

import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceConventionsTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TeamServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String protectedPath() {
        return "/api/teams/organizations";
    }

    @Override
    protected String jsonPostPath() {
        return "/api/teams/persons";
    }

    @Override
    protected String listPath() {
        return "/api/teams/teams?size=50";
    }
}
