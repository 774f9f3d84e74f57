package no.lpp.moteplass.team.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.support.history.ChangeHistory;
import no.lpp.moteplass.support.problem.ConflictException;
import no.lpp.moteplass.support.problem.DomainRuleViolation;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.team.certification.CertificationDesk;
import no.lpp.moteplass.team.person.People;
import no.lpp.moteplass.team.roster.RosterDesk;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs LPP's courses: course types, sessions, enrolment with a waiting list, attendance and completion. */
@Service
public class TrainingDesk {

    static final String SESSION = "course-session";

    private final Courses catalogue;
    private final People people;
    private final CertificationDesk certifications;
    private final RosterDesk roster;
    private final ChangeHistory history;
    private final Clock clock;

    TrainingDesk(Courses catalogue, People people, CertificationDesk certifications, RosterDesk roster,
            ChangeHistory history, Clock clock) {
        this.catalogue = catalogue;
        this.people = people;
        this.certifications = certifications;
        this.roster = roster;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public CourseType defineCourseType(String code, String name, String description, String certificationType,
            int validMonths) {
        CourseType type = new CourseType(UUID.randomUUID(), code, name, description, certificationType, validMonths);
        try {
            catalogue.addCourseType(type);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Det finnes allerede en kurstype med koden " + code + ".");
        }
        return type;
    }

    @Transactional
    public CourseSession schedule(UUID courseTypeId, Instant startsAt, String place, String onlineLink, String trainer,
            int capacity, String by) {
        catalogue.courseType(courseTypeId).orElseThrow(() -> new DomainRuleViolation("Ukjent kurstype " + courseTypeId));
        if ((place == null || place.isBlank()) && (onlineLink == null || onlineLink.isBlank())) {
            throw new DomainRuleViolation("Et kurs holdes et sted eller på nett: oppgi sted eller lenke.");
        }
        Instant now = clock.instant();
        if (startsAt.isBefore(now.minus(Duration.ofDays(366))) || startsAt.isAfter(now.plus(Duration.ofDays(3 * 366)))) {
            // Sessions are registered ahead, or after the fact to record one already held, but not for other years.
            throw new DomainRuleViolation("Et kurs kan registreres fra ett år tilbake til tre år fram i tid.");
        }
        var session = new CourseSession(UUID.randomUUID(), courseTypeId, startsAt, place, onlineLink, trainer, capacity,
                SessionStatus.PLANNED, null, clock.instant());
        catalogue.addSession(session);
        history.record(SESSION, session.id(), "SCHEDULED", by, session);
        return session;
    }

    /**
     * Gives the person a place if one is free, otherwise a place in line. The session is locked while deciding, so
     * concurrent enrolments never exceed the capacity.
     */
    @Transactional
    public Enrolment enrol(UUID sessionId, UUID personId, String by) {
        CourseSession session = catalogue.lockSession(sessionId)
                .orElseThrow(() -> new NotFoundException("kursgjennomføring", sessionId));
        requirePlanned(session);
        people.find(personId).orElseThrow(() -> new DomainRuleViolation("Person " + personId + " er ukjent."));
        catalogue.enrolment(sessionId, personId).filter(e -> e.status() != EnrolmentStatus.CANCELLED).ifPresent(e -> {
            throw new ConflictException("Personen er allerede påmeldt dette kurset.");
        });
        EnrolmentStatus status = catalogue.enrolled(sessionId) < session.capacity()
                ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        Enrolment enrolment = new Enrolment(sessionId, personId, status, clock.instant(), false);
        catalogue.saveEnrolment(enrolment);
        history.record(SESSION, sessionId, status.name(), by, Map.of("personId", personId));
        return enrolment;
    }

    /** Cancels a place; the first on the waiting list moves up. */
    @Transactional
    public void cancel(UUID sessionId, UUID personId, String by) {
        CourseSession session = catalogue.lockSession(sessionId)
                .orElseThrow(() -> new NotFoundException("kursgjennomføring", sessionId));
        requirePlanned(session);
        Enrolment enrolment = catalogue.enrolment(sessionId, personId)
                .filter(e -> e.status() != EnrolmentStatus.CANCELLED)
                .orElseThrow(() -> new NotFoundException("påmelding", personId));
        catalogue.saveEnrolment(new Enrolment(sessionId, personId, EnrolmentStatus.CANCELLED, enrolment.enrolledAt(), false));
        history.record(SESSION, sessionId, "CANCELLED", by, Map.of("personId", personId));
        if (enrolment.status() == EnrolmentStatus.ENROLLED) {
            catalogue.enrolments(sessionId).stream()
                    .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                    .findFirst()
                    .ifPresent(next -> {
                        catalogue.saveEnrolment(new Enrolment(sessionId, next.personId(), EnrolmentStatus.ENROLLED,
                                next.enrolledAt(), false));
                        history.record(SESSION, sessionId, "PROMOTED", by, Map.of("personId", next.personId()));
                    });
        }
    }

    /** The trainer marks who was there; only people with a place can have attended. */
    @Transactional
    public List<Enrolment> recordAttendance(UUID sessionId, Collection<UUID> present, String by) {
        CourseSession session = catalogue.lockSession(sessionId)
                .orElseThrow(() -> new NotFoundException("kursgjennomføring", sessionId));
        requirePlanned(session);
        List<Enrolment> enrolments = catalogue.enrolments(sessionId);
        for (UUID personId : present) {
            if (enrolments.stream().noneMatch(e -> e.personId().equals(personId) && e.status() == EnrolmentStatus.ENROLLED)) {
                throw new DomainRuleViolation("Person " + personId + " har ikke plass på kurset.");
            }
        }
        for (Enrolment e : enrolments) {
            if (e.status() == EnrolmentStatus.ENROLLED) {
                catalogue.saveEnrolment(new Enrolment(sessionId, e.personId(), e.status(), e.enrolledAt(),
                        present.contains(e.personId())));
            }
        }
        history.record(SESSION, sessionId, "ATTENDANCE", by, Map.of("present", present));
        return catalogue.enrolments(sessionId);
    }

    /** Completes the session: everyone who attended is certified from today for the course type's months. */
    @Transactional
    public int complete(UUID sessionId, String by) {
        CourseSession session = catalogue.lockSession(sessionId)
                .orElseThrow(() -> new NotFoundException("kursgjennomføring", sessionId));
        requirePlanned(session);
        CourseType type = catalogue.courseType(session.courseTypeId()).orElseThrow();
        var today = roster.today();
        catalogue.completeSession(sessionId, today);
        List<Enrolment> attended = catalogue.enrolments(sessionId).stream().filter(Enrolment::attended).toList();
        attended.forEach(e -> certifications.issue(e.personId(), type.certificationType(), sessionId, today,
                type.validMonths(), by));
        history.record(SESSION, sessionId, "COMPLETED", by, Map.of("certified", attended.size()));
        return attended.size();
    }

    private static void requirePlanned(CourseSession session) {
        if (session.status() != SessionStatus.PLANNED) {
            throw new DomainRuleViolation("Kurset er " + (session.status() == SessionStatus.COMPLETED ? "fullført" : "avlyst") + ".");
        }
    }
}
