package no.lpp.moteplass.team.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.team.certification.CertificationCalendar;
import no.lpp.moteplass.team.certification.CertificationDesk;
import no.lpp.moteplass.team.person.PersonDesk;
import no.lpp.moteplass.team.roster.MemberKind;
import no.lpp.moteplass.team.roster.Team;
import no.lpp.moteplass.team.roster.RosterDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo teams once the partnership demo has arrived through Kafka: "MØTEPLASS Bergen" (READY, demo-hf), "MØTEPLASS
 * Trondheim" (FORMING, Demo Sjukehus HF) and "MØTEPLASS Fjordby" (SUSPENDED: its host's agreement was terminated),
 * with people holding valid and soon-expiring certifications. The demo users demo-coordinator-hf and
 * demo-facilitator-hf are members of the Bergen team.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String BY = "system:demo-data";
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final UUID COORDINATOR_HF_USER = UUID.fromString("00000000-0000-4000-8000-00000000b001");
    private static final UUID FACILITATOR_HF_USER = UUID.fromString("00000000-0000-4000-8000-00000000b002");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PersonDesk people;
    private final RosterDesk roster;
    private final CertificationDesk certifications;
    private final CertificationCalendar calendar;

    DemoData(JdbcClient jdbc, TransactionTemplate transactions, PersonDesk people, RosterDesk roster,
            CertificationDesk certifications, CertificationCalendar calendar) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.people = people;
        this.roster = roster;
        this.certifications = certifications;
        this.calendar = calendar;
    }

    /** Waits in the background: the partnership events may arrive a little after this service is up. */
    // Decided when the service starts, not when the context is built: the image, processed ahead of time, fixes
    // bean conditions at build time, and the same jar runs with and without demo data.
    @EventListener(value = ApplicationReadyEvent.class,
            condition = "@environment.getProperty('moteplass.demo-data') == 'true'")
    public void loadWhenThePartnersAreKnown() {
        Thread.ofVirtual().name("demo-data").start(() -> {
            Instant deadline = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(deadline)) {
                if (teamsExist()) {
                    return; // never mixes with real (or earlier demo) data
                }
                Optional<Hosts> hosts = hosts();
                if (hosts.isPresent()) {
                    load(hosts.get());
                    return;
                }
                sleep();
            }
            log.warn("Demo teams not loaded: the partnership demo register did not arrive within {}", PATIENCE);
        });
    }

    record Hosts(UUID bergen, UUID trondheim, UUID fjordby) {
    }

    /** The three hosts, once their organisations and agreements (active, active, terminated) are known. */
    Optional<Hosts> hosts() {
        Optional<UUID> bergen = host("identity_alias = 'demo-hf'", "ACTIVE");
        Optional<UUID> trondheim = host("name = 'Demo Sjukehus HF'", "ACTIVE");
        Optional<UUID> fjordby = host("name = 'Fjordby kommune (demo)'", "TERMINATED");
        return bergen.isPresent() && trondheim.isPresent() && fjordby.isPresent()
                ? Optional.of(new Hosts(bergen.get(), trondheim.get(), fjordby.get()))
                : Optional.empty();
    }

    private Optional<UUID> host(String which, String agreementStatus) {
        return jdbc.sql("select o.id from known_organization o join known_agreement a on o.id = any(a.party_ids)"
                        + " where o." + which + " and a.status = ?")
                .param(agreementStatus).query(UUID.class).optional();
    }

    void load(Hosts hosts) {
        log.warn("Loading DEMO teams, people and certifications (moteplass.demo-data=true). Never in production.");
        LocalDate today = roster.today();
        transactions.executeWithoutResult(status -> {
            UUID coordinator = person("Demo Koordinator HF", COORDINATOR_HF_USER, hosts.bergen(), "psykologspesialist");
            UUID facilitator = person("Demo Fagperson HF", FACILITATOR_HF_USER, hosts.bergen(), "psykiatrisk sykepleier");
            UUID relative = person("Demo Pårørende Vest", null, null, null);
            certify(coordinator, "FACILITATOR", today.minusMonths(23), 24); // expires within 60 days: flagged
            certify(facilitator, "FACILITATOR", today.minusMonths(3), 24);
            certify(relative, "BASIC", today.minusMonths(3), 36);
            team("MØTEPLASS Bergen", "Bergen", hosts.bergen(), List.of(
                    new Team.Member(coordinator, MemberKind.PROFESSIONAL, true),
                    new Team.Member(facilitator, MemberKind.PROFESSIONAL, false),
                    new Team.Member(relative, MemberKind.RELATIVE, false)));

            UUID trondheimProfessional = person("Demo Fagperson Midt", null, hosts.trondheim(), "sosionom");
            UUID trondheimRelative = person("Demo Pårørende Midt", null, null, null);
            certify(trondheimProfessional, "FACILITATOR", today.minusMonths(1), 24);
            team("MØTEPLASS Trondheim", "Trondheim", hosts.trondheim(), List.of(
                    new Team.Member(trondheimProfessional, MemberKind.PROFESSIONAL, true),
                    new Team.Member(trondheimRelative, MemberKind.RELATIVE, false)));
        });
        // The Fjordby team was formed while its host's agreement was active; it is suspended now that it has ended.
        transactions.executeWithoutResult(status -> roster.formSuspendedForDemo("MØTEPLASS Fjordby", "Fjordby",
                hosts.fjordby(), BY));
        calendar.runToday();
        log.warn("Demo teams loaded: Bergen (READY), Trondheim (FORMING), Fjordby (SUSPENDED).");
    }

    private UUID person(String name, UUID userId, UUID organization, String profession) {
        return people.register(name, null, userId, organization, profession, null, BY).id();
    }

    private void certify(UUID person, String type, LocalDate issuedOn, int validMonths) {
        certifications.issue(person, type, null, issuedOn, validMonths, BY);
    }

    private void team(String name, String locality, UUID host, List<Team.Member> members) {
        Team team = roster.form(name, locality, List.of(host), BY);
        for (Team.Member member : members) {
            team = roster.addMember(team.id(), team.version(), member, BY);
        }
    }

    private boolean teamsExist() {
        return jdbc.sql("select count(*) from team").query(Long.class).single() > 0;
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
