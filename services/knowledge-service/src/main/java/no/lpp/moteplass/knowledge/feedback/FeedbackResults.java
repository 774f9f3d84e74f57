package no.lpp.moteplass.knowledge.feedback;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A meeting's feedback, aggregated. Small groups can identify people, so nothing but the number of answers is shown
 * until at least {@code moteplass.feedback.minimum-responses} (default 5) have answered.
 */
@Component
public class FeedbackResults {

    /**
     * @param shown     whether there are enough answers to show anything else; the other figures are null if not
     * @param freeTexts only for the meeting's facilitators and LPP administrators; otherwise null
     */
    public record Results(int responses, int minimumResponses, boolean shown, Double usefulness, Double feltHeard,
            Double learnedAboutServices, Double wouldRecommendShare, List<String> freeTexts) {
    }

    private final JdbcClient jdbc;
    private final int minimum;

    FeedbackResults(JdbcClient jdbc, @Value("${moteplass.feedback.minimum-responses}") int minimum) {
        this.jdbc = jdbc;
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    public Results of(UUID meetingId, boolean withFreeText) {
        record Totals(int n, double usefulness, double feltHeard, double learned, double recommend) {
        }
        Totals totals = jdbc.sql("""
                select count(*) as n, coalesce(avg(usefulness), 0) as usefulness,
                       coalesce(avg(felt_heard), 0) as felt_heard, coalesce(avg(learned_about_services), 0) as learned,
                       coalesce(avg(case when would_recommend then 1.0 else 0.0 end), 0) as recommend
                from feedback where meeting_id = ?
                """).param(meetingId).query((rs, row) -> new Totals(rs.getInt("n"), rs.getDouble("usefulness"),
                        rs.getDouble("felt_heard"), rs.getDouble("learned"), rs.getDouble("recommend"))).single();
        if (totals.n() < minimum) {
            return new Results(totals.n(), minimum, false, null, null, null, null, null);
        }
        // Alphabetical, so the order says nothing about who answered when.
        List<String> texts = withFreeText ? jdbc.sql("""
                select free_text from feedback where meeting_id = ? and free_text is not null order by free_text
                """).param(meetingId).query(String.class).list() : null;
        return new Results(totals.n(), minimum, true, round(totals.usefulness()), round(totals.feltHeard()),
                round(totals.learned()), round(totals.recommend()), texts);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
