package no.lpp.moteplass.support.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** Registers the problem-detail handler for controllers and the writer the security chain uses. */
@AutoConfiguration
@Import(ProblemDetailsHandler.class)
public class ProblemSupport {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }
}
