package no.lpp.moteplass.knowledge.report;

import java.util.List;

/**
 * What MØTEPLASS achieved in a scope and year. Figures about people (participants, feedback) are suppressed below the
 * minimum group size: the count is then {@code null} and {@code suppressed} true.
 *
 * @param scope    {@code NATIONAL}, {@code REGION}, {@code ORGANIZATION} or {@code TEAM}
 * @param name     what the scope is called (a region code, an organisation's or a team's name)
 * @param teams    teams that held at least one meeting
 * @param partners organisations party to an agreement that ran in the year (LPP itself not counted)
 */
public record Report(String scope, String name, int year, List<HalfYear> meetingsPerHalfYear, int teams, int partners,
        Participants participants, List<Count> themes, FeedbackSummary feedback, List<Count> insightsByServiceArea,
        List<Count> followUpOutcomes, int minimumGroupSize) {

    /** Meetings held in a half-year, against what the agreements in scope aimed for. */
    public record HalfYear(String halfYear, int held, int target) {
    }

    public record Count(String key, Integer count, boolean suppressed) {
    }

    public record Participants(Count relatives, List<Count> relativesByRelation, Count professionals,
            List<Count> professionalsBySector) {
    }

    /** Averages on the 1–5 scales and the share who would recommend; all null when suppressed. */
    public record FeedbackSummary(Count responses, Double usefulness, Double feltHeard, Double learnedAboutServices,
            Double wouldRecommendShare) {
    }
}
