package no.lpp.moteplass.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/** Query and path parameters naming an enum value or an id must be exact, whatever Spring's binder would accept. */
class StrictParametersTest {

    enum Status { DRAFT, ACTIVE }

    static final class Controller {
        void list(@RequestParam(required = false) Status status, @RequestParam(name = "team") UUID teamId,
                @PathVariable UUID id) {
        }
    }

    private final StrictParameters check = new StrictParameters();

    @Test
    void exactNamesAndCanonicalIdsPass() throws Exception {
        UUID id = UUID.randomUUID();

        assertThat(check.preHandle(request("ACTIVE", id.toString(), id.toString()), new MockHttpServletResponse(),
                handler())).isTrue();
    }

    @Test
    void anyOtherSpellingIsATypeMismatchNamingTheParameter() {
        String id = UUID.randomUUID().toString();
        for (String status : new String[] {"ACTIVE ", " ACTIVE", "active", "Active", "1", "ACTIVE\t"}) {
            assertThatThrownBy(() -> check.preHandle(request(status, id, id), new MockHttpServletResponse(),
                    handler())).as(status).isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class,
                            mismatch -> assertThat(mismatch.getName()).isEqualTo("status"));
        }
        for (String team : new String[] {"1-1-1-1-1", "abc", id + " ", id.replace("-", ""), "{" + id + "}"}) {
            assertThatThrownBy(() -> check.preHandle(request("DRAFT", team, id), new MockHttpServletResponse(),
                    handler())).as(team).isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class,
                            mismatch -> assertThat(mismatch.getName()).isEqualTo("team"));
        }
        assertThatThrownBy(() -> check.preHandle(request("DRAFT", id, "1-1-1-1-1"), new MockHttpServletResponse(),
                handler())).isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class,
                        mismatch -> assertThat(mismatch.getName()).isEqualTo("id"));
    }

    private static MockHttpServletRequest request(String status, String team, String id) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x/" + id);
        request.addParameter("status", status);
        request.addParameter("team", team);
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", id));
        return request;
    }

    private static HandlerMethod handler() throws NoSuchMethodException {
        return new HandlerMethod(new Controller(), Controller.class.getDeclaredMethod("list", Status.class,
                UUID.class, UUID.class));
    }
}
