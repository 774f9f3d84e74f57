package no.lpp.moteplass.meeting;

import java.util.UUID;
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

    @Override
    protected String jsonPostPath() {
        return "/public/meetings/" + UUID.randomUUID() + "/registrations";
    }

    @Override
    protected String listPath() {
        return "/api/meetings/meetings?size=50";
    }
}
