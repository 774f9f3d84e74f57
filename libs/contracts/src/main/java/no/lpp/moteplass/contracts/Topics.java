package no.lpp.moteplass.contracts;

/**
 * Kafka topic names. Entity-state topics are compacted so that a new consumer can rebuild its read model from them.
 */
public final class Topics {

    /** Organisations (partners and supporters): compacted, keyed by organisation id. */
    public static final String PARTNERSHIP_ORGANIZATION = "moteplass.partnership.organization.v1";

    /** Cooperation agreements: compacted, keyed by agreement id. */
    public static final String PARTNERSHIP_AGREEMENT = "moteplass.partnership.agreement.v1";

    /** MØTEPLASS teams: compacted, keyed by team id. */
    public static final String TEAMS_TEAM = "moteplass.teams.team.v1";

    /** Certifications: compacted, keyed by certification id. */
    public static final String TEAMS_CERTIFICATION = "moteplass.teams.certification.v1";

    /** Meetings (ids and counts only): compacted, keyed by meeting id. */
    public static final String MEETINGS_MEETING = "moteplass.meetings.meeting.v1";

    /** Published insights from post-meeting summaries, for intranets: compacted, keyed by insight id. */
    public static final String KNOWLEDGE_INSIGHT = "moteplass.knowledge.insight.v1";

    /** Follow-up of an insight by one organisation: compacted, keyed by follow-up id. */
    public static final String KNOWLEDGE_FOLLOW_UP = "moteplass.knowledge.follow-up.v1";

    /** Suffix of the dead-letter topic where a consumer parks records it cannot process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** The dead-letter topic for a topic. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
