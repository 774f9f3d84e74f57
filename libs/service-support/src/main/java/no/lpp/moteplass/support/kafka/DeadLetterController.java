package no.lpp.moteplass.support.kafka;

import java.util.Arrays;
import java.util.Map;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.security.Roles;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's way back for parked records, for LPP administrators: once the cause is fixed, {@code POST
 * <api>/dead-letters/<topic>/replay} sends them to their topic again (see deploy/README.md).
 */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;
    private final KafkaListenerEndpointRegistry listeners;

    DeadLetterController(DeadLetters deadLetters, KafkaListenerEndpointRegistry listeners) {
        this.deadLetters = deadLetters;
        this.listeners = listeners;
    }

    @PostMapping("${moteplass.api-path}/dead-letters/{topic}/replay")
    Map<String, Object> replay(@PathVariable String topic) {
        if (!Caller.current().hasRole(Roles.LPP_ADMIN)) {
            throw new AccessDeniedException("Only LPP administrators replay dead letters");
        }
        if (!consumes(topic)) {
            throw new NotFoundException("emne denne tjenesten leser", topic);
        }
        return Map.of("topic", topic, "replayed", deadLetters.replay(topic));
    }

    /** Only a topic this service reads has dead letters of this service's to replay. */
    private boolean consumes(String topic) {
        return listeners.getListenerContainers().stream()
                .map(container -> container.getContainerProperties().getTopics())
                .anyMatch(topics -> topics != null && Arrays.asList(topics).contains(topic));
    }
}
