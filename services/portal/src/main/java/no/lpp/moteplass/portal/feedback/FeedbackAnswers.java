package no.lpp.moteplass.portal.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import no.lpp.moteplass.portal.web.Choices;
import no.lpp.moteplass.portal.web.FormValues;

/** The feedback form's answers as given; the knowledge service checks them. */
public record FeedbackAnswers(String session, String category, String usefulness, String feltHeard,
        String learnedAboutServices, String wouldRecommend, String freeText) {

    public static final Map<String, String> CATEGORIES = Choices.ordered("RELATIVE", "Pårørende", "PROFESSIONAL",
            "Fagperson");
    public static final Map<String, String> SCALE = Choices.ordered("1", "1 – lite", "2", "2", "3", "3", "4", "4", "5",
            "5 – mye");
    public static final Map<String, String> YES_NO = Choices.ordered("true", "Ja", "false", "Nei");

    /** What to say at a question left unanswered (the service only knows a value is missing), in the form's order. */
    static final Map<String, String> UNANSWERED = Choices.ordered(
            "category", "Velg om du kom som pårørende eller fagperson.",
            "usefulness", "Velg hvor nyttig møtet var.",
            "feltHeard", "Velg om du følte deg hørt.",
            "learnedAboutServices", "Velg om du lærte noe om tjenestene.",
            "wouldRecommend", "Velg om du vil anbefale møtet.");

    static FeedbackAnswers empty(String session) {
        return new FeedbackAnswers(session, null, null, null, null, null, null);
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        FormValues.putText(body, "session", session);
        FormValues.putText(body, "category", category);
        FormValues.putText(body, "usefulness", usefulness);
        FormValues.putText(body, "feltHeard", feltHeard);
        FormValues.putText(body, "learnedAboutServices", learnedAboutServices);
        FormValues.putText(body, "wouldRecommend", wouldRecommend);
        FormValues.putText(body, "freeText", freeText);
        return body;
    }
}
