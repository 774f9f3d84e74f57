package no.lpp.moteplass.meeting;

import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceConventionsTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MeetingServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String protectedPath() {
        return "/api/meetings";
    }
}
