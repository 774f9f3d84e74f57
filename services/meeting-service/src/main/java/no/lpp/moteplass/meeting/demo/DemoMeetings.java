package no.lpp.moteplass.meeting.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.meeting.directory.Directory;
import no.lpp.moteplass.meeting.directory.KnownTeam;
import no.lpp.moteplass.meeting.planning.Meeting;
import no.lpp.moteplass.meeting.planning.MeetingFormat;
import no.lpp.moteplass.meeting.planning.PlanningDesk;
import no.lpp.moteplass.meeting.registration.Registration;
import no.lpp.moteplass.meeting.registration.RegistrationDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo meetings for the local platform, planned and published through the real rules (all or nothing) once the teams demo has arrived
 * through Kafka: for "MØTEPLASS Bergen" (demo-hf) two published meetings (the first with three fictional
 * registrations), a draft, and one held three weeks ago with its attendance. Never in production.
 */
@Component
class DemoMeetings {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
    private static final String BY = "system:demo-data";
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String VENUE = "Haukeland universitetssjukehus, Auditorium 2";
    private static final String ADDRESS = "Haukelandsveien 22, 5021 Bergen";
    private static final String ACCESS = "Trinnfri adkomst fra hovedinngangen; teleslynge; HC-parkering ved bygget.";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final PlanningDesk planning;
    private final RegistrationDesk desk;
    private final TransactionTemplate transactions;

    DemoMeetings(JdbcClient jdbc, Directory directory, PlanningDesk planning, RegistrationDesk desk,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.directory = directory;
        this.planning = planning;
        this.desk = desk;
    }

    // Decided when the service starts, not when the context is built: the image, processed ahead of time, fixes
    // bean conditions at build time, and the same jar runs with and without demo data.
    @EventListener(value = ApplicationReadyEvent.class,
            condition = "@environment.getProperty('moteplass.demo-data') == 'true'")
    public void loadWhenTheTeamIsKnown() {
        Thread.ofVirtual().name("demo-meetings").start(() -> {
            Instant deadline = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(deadline)) {
                if (jdbc.sql("select count(*) from meeting").query(Long.class).single() > 0) {
                    return; // never mixes with real (or earlier demo) data
                }
                Optional<KnownTeam> bergen = readyBergen();
                if (bergen.isPresent()) {
                    try {
                        transactions.executeWithoutResult(status -> load(bergen.get()));
                    } catch (RuntimeException e) {
                        log.warn("Demo meetings not loaded (nothing was saved): {}", e.getMessage());
                    }
                    return;
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            log.warn("Demo meetings not loaded: the READY demo team did not arrive within {}", PATIENCE);
        });
    }

    /** The Bergen team once it is READY and both its professionals' certifications have arrived. */
    private Optional<KnownTeam> readyBergen() {
        return jdbc.sql("select id from known_team where name = 'MØTEPLASS Bergen' and status = 'READY'")
                .query(UUID.class).optional().flatMap(directory::team)
                .filter(team -> team.professionalIds().size() >= 2 && team.professionalIds().stream()
                        .allMatch(person -> directory.isCertifiedFacilitator(person, LocalDate.now())));
    }

    private void load(KnownTeam team) {
        log.warn("Loading DEMO meetings (moteplass.demo-data=true). Never in production.");
        List<UUID> facilitators = team.professionalIds().subList(0, 2);
        LocalDate today = LocalDate.now(Norway.ZONE);
        Meeting children = published(team, facilitators, "5e000000-0000-4000-8000-000000000002",
                "Barn som pårørende", today.plusDays(10));
        // Within the month: one demo facilitator's certification expires soon after (the teams demo flags it).
        published(team, facilitators, "5e000000-0000-4000-8000-000000000001", "Pårørendes rettigheter",
                today.plusDays(24));
        planning.plan(team.id(), UUID.fromString("5e000000-0000-4000-8000-000000000005"),
                details("Bolig og en meningsfull hverdag", today.plusDays(75), facilitators), BY);
        Meeting.Details past = details("Åpenhet om psykisk helse", today.minusDays(21), facilitators);
        Meeting planned = planning.planForDemo(team.id(), UUID.fromString("5e000000-0000-4000-8000-000000000008"),
                past, past.startsAt().minusDays(30).toInstant(), BY);
        Meeting held = planning.publish(planned.id(), planned.version(), BY);
        planning.hold(held.id(), held.version(), List.of(new MeetingState.Attendance("RELATIVE", "PARENT", 9),
                new MeetingState.Attendance("RELATIVE", "SIBLING", 4), new MeetingState.Attendance("RELATIVE", "CHILD", 3),
                new MeetingState.Attendance("PROFESSIONAL", "SPECIALIST_MENTAL_HEALTH_AND_SUBSTANCE_USE", 6),
                new MeetingState.Attendance("PROFESSIONAL", "MUNICIPAL_SERVICES", 4),
                new MeetingState.Attendance("PROFESSIONAL", "NAV", 1)), BY);
        register(children, "Demo Pårørende Mor", "RELATIVE", "PARENT", null, "demo.mor@example.org");
        register(children, "Demo Pårørende Søster", "RELATIVE", "SIBLING", null, "demo.soster@example.org");
        register(children, "Demo Fagperson Kommune", "PROFESSIONAL", null, "MUNICIPAL_SERVICES",
                "demo.kommune@example.org");
        log.warn("Demo meetings loaded for {}: two published, one draft, one held.", team.name());
    }

    private Meeting published(KnownTeam team, List<UUID> facilitators, String theme, String title, LocalDate day) {
        Meeting planned = planning.plan(team.id(), UUID.fromString(theme), details(title, day, facilitators), BY);
        return planning.publish(planned.id(), planned.version(), BY);
    }

    private static Meeting.Details details(String title, LocalDate day, List<UUID> facilitators) {
        return new Meeting.Details(title, "Et møte der pårørende og fagfolk lærer av hverandre. Temaet innledes kort,"
                + " så deler vi erfaringer i grupper.", VENUE, ADDRESS, ACCESS, null,
                day.atTime(LocalTime.of(18, 0)).atZone(Norway.ZONE), facilitators, 30, 10, null, null);
    }

    private void register(Meeting meeting, String name, String category, String relation, String sector,
            String email) {
        desk.register(meeting.id(), new Registration(null, null, category, relation, sector,
                sector == null ? null : "Bergen kommune", name, email, null, "Vegetar", null, null, null, null));
    }
}
