package no.lpp.moteplass.knowledge;

import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceConventionsTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class KnowledgeServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String protectedPath() {
        return "/api/knowledge";
    }

    @Override
    protected String jsonPostPath() {
        return "/public/feedback/no-such-form";
    }

    @Override
    protected String listPath() {
        return "/api/knowledge/follow-ups?size=50";
    }
}
