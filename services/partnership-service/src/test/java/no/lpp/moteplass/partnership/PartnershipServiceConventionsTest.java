package no.lpp.moteplass.partnership;

import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceConventionsTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PartnershipServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String protectedPath() {
        return "/api/partnerships/organizations";
    }

    @Override
    protected String jsonPostPath() {
        return "/api/partnerships/organizations";
    }

    @Override
    protected String listPath() {
        return "/api/partnerships/organizations?size=50";
    }
}
