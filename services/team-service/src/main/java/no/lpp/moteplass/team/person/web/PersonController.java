package no.lpp.moteplass.team.person.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import no.lpp.moteplass.support.audit.AuditLog;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.team.access.TeamAccess;
import no.lpp.moteplass.team.person.People;
import no.lpp.moteplass.team.person.Person;
import no.lpp.moteplass.team.person.PersonDesk;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/teams/persons")
class PersonController {

    /** A person to register; work details only. */
    record PersonRequest(
            @NotBlank(message = "må fylles ut") @Size(max = 200) String name,
            @Email @Size(max = 200) String email,
            UUID userId,
            UUID organizationId,
            @Size(max = 100) String profession,
            UUID lppChapterId) {
    }

    private final PersonDesk registry;
    private final People people;
    private final TeamAccess access;
    private final AuditLog audit;

    PersonController(PersonDesk registry, People people, TeamAccess access, AuditLog audit) {
        this.registry = registry;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<Person> register(@Valid @RequestBody PersonRequest request) {
        Caller caller = Caller.current();
        access.requireMayRegister(caller, request.organizationId(), request.userId());
        Person person = registry.register(request.name(), request.email(), request.userId(), request.organizationId(),
                request.profession(), request.lppChapterId(), caller.subject());
        return ResponseEntity.created(URI.create("/api/teams/persons/" + person.id())).body(person);
    }

    /** A person's contact details are personal data: every read is audited. */
    @GetMapping("/{id}")
    Person one(@PathVariable UUID id) {
        Caller caller = Caller.current();
        access.requireMayActFor(caller, id);
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
        audit.record(caller, "PERSON_READ", "person", id);
        return person;
    }
}
