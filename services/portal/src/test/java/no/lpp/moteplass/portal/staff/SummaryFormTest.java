package no.lpp.moteplass.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryFormTest {

    static final SummaryForm.InsightForm KEPT = new SummaryForm.InsightForm("Fast kontaktperson", "EXPERIENCE", null,
            "DPS", "00000000-0000-4000-8000-000000000001", null);
    static final SummaryForm.InsightForm REMOVED = new SummaryForm.InsightForm("Tas ut", "EXPERIENCE", null, "GP",
            null, true);
    static final SummaryForm.InsightForm WITHOUT_STATEMENT = new SummaryForm.InsightForm(" ", null, null, "NAV", null,
            null);

    @Test
    void emptyAndRemovedInsightsAreNotSentAndTheRestKeepTheirOrder() {
        SummaryForm form = new SummaryForm("Fortelling", List.of(REMOVED, KEPT, WITHOUT_STATEMENT,
                SummaryForm.InsightForm.EMPTY), "\"3\"");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> insights = (List<Map<String, Object>>) form.toRequest().get("insights");

        assertThat(insights).hasSize(2);
        assertThat(insights.get(0)).containsEntry("statement", "Fast kontaktperson")
                .containsEntry("serviceAreas", List.of("DPS"));
        assertThat(insights.get(1)).as("half-filled: sent, so the service names what is missing")
                .doesNotContainKey("statement").containsEntry("serviceAreas", List.of("NAV"));
    }

    @Test
    void theServicesComplaintLandsAtTheFieldOfTheInsightItWasAbout() {
        SummaryForm form = new SummaryForm(null, List.of(REMOVED, KEPT, WITHOUT_STATEMENT), null);

        assertThat(form.formField("insights[1].statement")).isEqualTo("insights[2].statement");
        assertThat(form.formField("insights[0].targetOrganizationIds")).isEqualTo("insights[1].target");
        assertThat(form.formField("insights[0].serviceAreas")).isEqualTo("insights[1].serviceArea");
        assertThat(form.formField("narrative")).isEqualTo("narrative");
    }

    @Test
    void theFormEndsWithOneEmptyInsightToAddAnother() {
        assertThat(SummaryForm.empty().insights()).containsExactly(SummaryForm.InsightForm.EMPTY);
        SummaryForm stored = new SummaryForm(null, List.of(KEPT), null).withRoomForOneMore();
        assertThat(stored.insights()).containsExactly(KEPT, SummaryForm.InsightForm.EMPTY);
        assertThat(stored.withRoomForOneMore()).isEqualTo(stored);
    }
}
