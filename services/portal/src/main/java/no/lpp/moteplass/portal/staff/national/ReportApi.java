package no.lpp.moteplass.portal.staff.national;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The knowledge service's reports, as the signed-in user (see ServiceClients). */
@HttpExchange("/api/knowledge")
interface ReportApi {

    @GetExchange("/reports?level=NATIONAL")
    Report national(@RequestParam int year);

    /** The annual report for Helsedirektoratet as the knowledge service makes it, with its file name. */
    @GetExchange("/reports/annual/{year}.pdf")
    ResponseEntity<byte[]> annual(@PathVariable int year);

    /** The national report (see the knowledge service's Report): counts about people are null when suppressed. */
    record Report(int year, List<HalfYear> meetingsPerHalfYear, int teams, int partners, Participants participants,
            List<Count> themes, Feedback feedback, List<Count> insightsByServiceArea, List<Count> followUpOutcomes,
            int minimumGroupSize) {

        public record HalfYear(String halfYear, int held, int target) {
        }

        public record Count(String key, Integer count, boolean suppressed) {
        }

        public record Participants(Count relatives, List<Count> relativesByRelation, Count professionals,
                List<Count> professionalsBySector) {
        }

        public record Feedback(Count responses, Double usefulness, Double feltHeard, Double learnedAboutServices,
                Double wouldRecommendShare) {
        }
    }
}
