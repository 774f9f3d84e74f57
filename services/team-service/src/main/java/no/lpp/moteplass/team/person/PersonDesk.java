package no.lpp.moteplass.team.person;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.problem.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PersonDesk {

    private final People people;
    private final ChangeHistory history;
    private final Clock clock;

    PersonDesk(People people, ChangeHistory history, Clock clock) {
        this.people = people;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public Person register(String name, String email, UUID userId, UUID organizationId, String profession,
            UUID lppChapterId, String by) {
        Person person = new Person(UUID.randomUUID(), name.strip(), email, userId, organizationId, profession,
                lppChapterId, clock.instant(), by);
        try {
            people.add(person);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Denne innloggingen er allerede knyttet til en annen person.");
        }
        // Only that it happened: names and contact details do not belong in an audit trail that outlives them.
        history.record("person", person.id(), "REGISTERED", by, Map.of("organizationId", String.valueOf(organizationId)));
        return person;
    }
}
