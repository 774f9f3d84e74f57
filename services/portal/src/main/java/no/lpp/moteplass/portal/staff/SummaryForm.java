package no.lpp.moteplass.portal.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import no.lpp.moteplass.portal.web.Choices;
import no.lpp.moteplass.portal.web.FormValues;

/**
 * The post-meeting summary as the form has it: the narrative and the insights (each what was learned, which service it
 * concerns, and the organisation that should follow it up). The form always ends with an empty insight to add one
 * more; an insight left empty, or marked to be removed, is not sent.
 */
public record SummaryForm(String narrative, List<InsightForm> insights, String etag) {

    static final Map<String, String> KINDS = Choices.ordered("EXPERIENCE", "Erfaring", "IMPROVEMENT_SUGGESTION",
            "Forslag til forbedring", "GOOD_PRACTICE", "God praksis");

    public static final Map<String, String> SERVICE_AREAS = Choices.ordered("DPS", "DPS", "HOSPITAL_WARD",
            "Sykehusavdeling", "MUNICIPAL_MENTAL_HEALTH", "Kommunal psykisk helsetjeneste", "GP", "Fastlege", "NAV",
            "NAV", "CHILD_WELFARE", "Barnevern", "SCHOOL_PPT", "Skole og PPT", "OTHER", "Annet");

    /** The service takes up to 30 insights per summary. */
    static final int MOST_INSIGHTS = 30;

    /** The service's names for an insight's lists → the form's single choices. */
    private static final Map<String, String> INSIGHT_FIELDS = Map.of("themeTags", "tag", "serviceAreas",
            "serviceArea", "targetOrganizationIds", "target");
    private static final Pattern INSIGHT_FIELD = Pattern.compile("insights\\[(\\d+)]\\.(\\w+)");

    public SummaryForm {
        insights = insights == null ? List.of() : List.copyOf(insights);
    }

    /** One insight; {@code remove} is ticked to take a saved one out. */
    public record InsightForm(String statement, String kind, String tag, String serviceArea, String target,
            Boolean remove) {

        static final InsightForm EMPTY = new InsightForm(null, null, null, null, null, false);

        public boolean removed() {
            return Boolean.TRUE.equals(remove);
        }

        boolean empty() {
            return blank(statement) && blank(kind) && blank(tag) && blank(serviceArea) && blank(target);
        }

        Map<String, Object> toRequest() {
            Map<String, Object> insight = new LinkedHashMap<>();
            FormValues.putText(insight, "statement", statement);
            FormValues.putText(insight, "kind", kind);
            insight.put("themeTags", list(tag));
            insight.put("serviceAreas", list(serviceArea));
            insight.put("targetOrganizationIds", list(target));
            return insight;
        }
    }

    /** The form filled with what is stored, and room for one more. */
    static SummaryForm of(KnowledgeApi.Summary summary, String etag) {
        List<InsightForm> insights = new ArrayList<>(summary.insights().stream()
                .map(i -> new InsightForm(i.statement(), i.kind(), first(i.themeTags()), first(i.serviceAreas()),
                        first(i.targetOrganizationIds().stream().map(Object::toString).toList()), false))
                .toList());
        return new SummaryForm(summary.narrative(), insights, etag).withRoomForOneMore();
    }

    static SummaryForm empty() {
        return new SummaryForm(null, List.of(), null).withRoomForOneMore();
    }

    SummaryForm withEtag(String current) {
        return new SummaryForm(narrative, insights, current);
    }

    /** Ends the form with an empty insight, unless it already does or the summary is full. */
    SummaryForm withRoomForOneMore() {
        if (insights.size() >= MOST_INSIGHTS || (!insights.isEmpty() && insights.getLast().empty())) {
            return this;
        }
        List<InsightForm> more = new ArrayList<>(insights);
        more.add(InsightForm.EMPTY);
        return new SummaryForm(narrative, more, etag);
    }

    /** The JSON for PUT …/summary; blank answers are left out so the service names what is missing. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        FormValues.putText(body, "narrative", narrative);
        body.put("insights", sent().stream().map(i -> insights.get(i).toRequest()).toList());
        return body;
    }

    /**
     * Where the service's complaint belongs in the form: {@code insights[0].serviceAreas} of the request is the
     * service area of the form's first insight that was sent.
     */
    String formField(String serviceField) {
        Matcher insight = INSIGHT_FIELD.matcher(serviceField);
        if (!insight.matches()) {
            return serviceField;
        }
        List<Integer> sent = sent();
        int sentIndex = Integer.parseInt(insight.group(1));
        int formIndex = sentIndex < sent.size() ? sent.get(sentIndex) : sentIndex;
        return "insights[" + formIndex + "]." + INSIGHT_FIELDS.getOrDefault(insight.group(2), insight.group(2));
    }

    /** The form's index of each insight sent, in order. */
    private List<Integer> sent() {
        return IntStream.range(0, insights.size())
                .filter(i -> !insights.get(i).removed() && !insights.get(i).empty()).boxed().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<String> list(String value) {
        return blank(value) ? List.of() : List.of(value.strip());
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
