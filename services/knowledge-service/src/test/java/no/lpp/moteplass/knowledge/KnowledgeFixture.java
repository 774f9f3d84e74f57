package no.lpp.moteplass.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.meetings.MeetingEvents;
import no.lpp.moteplass.contracts.meetings.MeetingState;
import no.lpp.moteplass.contracts.partnership.AgreementState;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.contracts.partnership.PartnershipEvents;
import no.lpp.moteplass.contracts.teams.TeamEvents;
import no.lpp.moteplass.contracts.teams.TeamState;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Keycloak;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The world as the other services announce it, sent through Kafka: LPP, demo-hf and demo-kommune with agreements, a
 * demo-hf team whose two professionals log in as demo-facilitator-hf and demo-coordinator-hf, and held meetings.
 */
public final class KnowledgeFixture {

    public static final UUID LPP = UUID.fromString("0e000000-0000-4000-8000-0000000000a1");
    public static final UUID HF = UUID.fromString("0e000000-0000-4000-8000-0000000000f1");
    public static final UUID KOMMUNE = UUID.fromString("0e000000-0000-4000-8000-0000000000f2");
    static final UUID FACILITATOR_HF_USER = UUID.fromString("00000000-0000-4000-8000-00000000b002");
    public static final UUID COORDINATOR_HF_USER = UUID.fromString("00000000-0000-4000-8000-00000000b001");
    static final UUID FACILITATOR_KOMMUNE_USER = UUID.fromString("00000000-0000-4000-8000-00000000c002");

    private final JdbcClient jdbc;
    private final String kafka;

    public KnowledgeFixture(JdbcClient jdbc, String kafka) {
        this.jdbc = jdbc;
        this.kafka = kafka;
    }

    /** A team and the two facilitators who lead its meetings (person ids). */
    public record Team(UUID id, UUID host, UUID first, UUID second) {

        public List<UUID> facilitators() {
            return List.of(first, second);
        }
    }

    public void partners() {
        organization(LPP, "LPP", "LPP_NATIONAL", null, "lpp");
        organization(HF, "Demo Helseforetak HF", "HEALTH_TRUST", "VEST", "demo-hf");
        organization(KOMMUNE, "Demo kommune", "MUNICIPALITY", "MIDT", "demo-kommune");
        agreement(HF, 2);
        agreement(KOMMUNE, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_organization"
                + " where id in (?, ?, ?)").params(LPP, HF, KOMMUNE).query(Long.class).single() == 3
                && jdbc.sql("select count(*) from known_agreement").query(Long.class).single() >= 2);
    }

    /** A demo-hf team led by demo-facilitator-hf and demo-coordinator-hf, or a demo-kommune team. */
    public Team team(UUID host) {
        return team(host, HF.equals(host) ? COORDINATOR_HF_USER : null);
    }

    /** A team whose first professional is the host's demo facilitator and whose second logs in as given (or not). */
    public Team team(UUID host, UUID secondLogin) {
        boolean hf = HF.equals(host);
        Team team = new Team(UUID.randomUUID(), host, UUID.randomUUID(), UUID.randomUUID());
        Kafka.sendEvent(kafka, TeamEvents.TEAM_CHANGED, new TeamState(team.id(), "MØTEPLASS " + team.id(), "Bergen",
                "READY", List.of(host), List.of(
                        new TeamState.Member(team.first(), "PROFESSIONAL", hf ? FACILITATOR_HF_USER
                                : FACILITATOR_KOMMUNE_USER),
                        new TeamState.Member(team.second(), "PROFESSIONAL", secondLogin)),
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_team where id = ?")
                .param(team.id()).query(Long.class).single() == 1);
        return team;
    }

    /** A meeting of the team, held the given number of days ago, with these attendance counts. */
    public UUID heldMeeting(Team team, int daysAgo, List<MeetingState.Attendance> attendance) {
        return heldMeeting(team, daysAgo, attendance, "Barn som pårørende");
    }

    /** The same, on a theme of this title. */
    public UUID heldMeeting(Team team, int daysAgo, List<MeetingState.Attendance> attendance, String themeTitle) {
        UUID meeting = UUID.randomUUID();
        Instant startsAt = Instant.now().minus(Duration.ofDays(daysAgo));
        Kafka.sendEvent(kafka, MeetingEvents.MEETING_HELD, new MeetingState(meeting, team.id(),
                UUID.fromString("5e000000-0000-4000-8000-000000000002"), "HELD", startsAt, 30, 20, 0, attendance,
                themeTitle, team.facilitators(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_meeting where id = ?")
                .param(meeting).query(Long.class).single() == 1);
        return meeting;
    }

    public UUID heldMeeting(Team team) {
        return heldMeeting(team, 1, List.of(new MeetingState.Attendance("RELATIVE", "PARENT", 12),
                new MeetingState.Attendance("PROFESSIONAL", "NAV", 2)));
    }

    /** A summary request with one insight per target organisation given. */
    public static Map<String, Object> summary(String statement, UUID... targets) {
        return Map.of("narrative", "Vi snakket om hvordan barn som pårørende blir sett i tjenestene.",
                "insights", List.of(Map.of("statement", statement, "kind", "IMPROVEMENT_SUGGESTION",
                        "themeTags", List.of("CHILDREN_AS_RELATIVES"), "serviceAreas", List.of("DPS", "SCHOOL_PPT"),
                        "targetOrganizationIds", List.of(targets).stream().map(UUID::toString).toList())));
    }

    public static String token(String who) {
        return Keycloak.shared().tokenOf(who);
    }

    /** Writes, approves by both facilitators and publishes; returns the published summary's response. */
    public static Api.Response writeApproveAndPublish(Api api, UUID meeting, Map<String, Object> summary) {
        String path = "/api/knowledge/meetings/" + meeting + "/summary";
        Api.Response written = api.put(path, token("demo-facilitator-hf"), null, Api.json(summary));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        Api.Response first = api.postEmpty(path + "/approvals", token("demo-facilitator-hf"),
                written.header("ETag").orElseThrow());
        Api.Response second = api.postEmpty(path + "/approvals", token("demo-coordinator-hf"),
                first.header("ETag").orElseThrow());
        return api.postEmpty(path + "/publication", token("demo-facilitator-hf"), second.header("ETag").orElseThrow());
    }

    private void organization(UUID id, String name, String type, String region, String alias) {
        Kafka.sendEvent(kafka, PartnershipEvents.ORGANIZATION_REGISTERED, new OrganizationState(id, name, type, null,
                null, region, null, alias, true, Instant.now()));
    }

    private void agreement(UUID partner, int meetingsPerHalfYear) {
        // One agreement per partner, however often the fixture runs.
        UUID id = UUID.nameUUIDFromBytes(("agreement-" + partner).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Kafka.sendEvent(kafka, PartnershipEvents.AGREEMENT_ACTIVATED, new AgreementState(id, "ACTIVE",
                LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), meetingsPerHalfYear,
                List.of(new AgreementState.Party(LPP, "LPP", true), new AgreementState.Party(partner, "PARTNER", true)),
                null, Instant.now()));
    }
}
