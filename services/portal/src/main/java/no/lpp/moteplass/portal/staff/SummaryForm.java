package no.lpp.moteplass.portal.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lpp.moteplass.portal.web.Choices;
import no.lpp.moteplass.portal.web.FormValues;

/**
 * The post-meeting summary as the form has it: the narrative and one insight (what was learned, which service it
 * concerns, and the organisation that should follow it up). More insights can be sent through the API.
 */
public record SummaryForm(String narrative, String statement, String kind, String tag, String serviceArea,
        String target, String etag) {

    static final Map<String, String> KINDS = Choices.ordered("EXPERIENCE", "Erfaring", "IMPROVEMENT_SUGGESTION",
            "Forslag til forbedring", "GOOD_PRACTICE", "God praksis");

    public static final Map<String, String> SERVICE_AREAS = Choices.ordered("DPS", "DPS", "HOSPITAL_WARD", "Sykehusavdeling",
            "MUNICIPAL_MENTAL_HEALTH", "Kommunal psykisk helsetjeneste", "GP", "Fastlege", "NAV", "NAV",
            "CHILD_WELFARE", "Barnevern", "SCHOOL_PPT", "Skole og PPT", "OTHER", "Annet");

    /** The form filled with what is stored (its first insight). */
    static SummaryForm of(StaffApi.Summary summary, String etag) {
        var insight = summary.insights().isEmpty() ? null : summary.insights().getFirst();
        return new SummaryForm(summary.narrative(), insight == null ? null : insight.statement(),
                insight == null ? null : insight.kind(), insight == null ? null : first(insight.themeTags()),
                insight == null ? null : first(insight.serviceAreas()),
                insight == null ? null : first(insight.targetOrganizationIds().stream().map(Object::toString).toList()),
                etag);
    }

    SummaryForm withEtag(String current) {
        return new SummaryForm(narrative, statement, kind, tag, serviceArea, target, current);
    }

    static SummaryForm empty() {
        return new SummaryForm(null, null, null, null, null, null, null);
    }

    /** The JSON for PUT …/summary; blank answers are left out so the service names what is missing. */
    Map<String, Object> toRequest() {
        Map<String, Object> insight = new LinkedHashMap<>();
        FormValues.putText(insight, "statement", statement);
        FormValues.putText(insight, "kind", kind);
        insight.put("themeTags", list(tag));
        insight.put("serviceAreas", list(serviceArea));
        insight.put("targetOrganizationIds", list(target));
        Map<String, Object> body = new LinkedHashMap<>();
        FormValues.putText(body, "narrative", narrative);
        body.put("insights", List.of(insight));
        return body;
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
