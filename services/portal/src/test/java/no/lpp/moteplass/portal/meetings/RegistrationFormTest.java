package no.lpp.moteplass.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrationFormTest {

    @Test
    void sendsOnlyTheAnswersThatBelongToTheChosenCategoryAndNoBlanks() {
        var relative = new RegistrationForm("RELATIVE", "PARENT", "NAV", "NAV Bergen", "  Kari ", "kari@example.no", " ",
                null, "", null);

        assertThat(relative.toRequest()).containsExactly(java.util.Map.entry("category", "RELATIVE"),
                java.util.Map.entry("relation", "PARENT"), java.util.Map.entry("name", "Kari"),
                java.util.Map.entry("email", "kari@example.no"), java.util.Map.entry("consent", false));
    }

    @Test
    void aProfessionalsWorkplaceAndATickedConsentAreSent() {
        var professional = new RegistrationForm("PROFESSIONAL", "PARENT", "NAV", "NAV Bergen", "Per", null, "91234567",
                null, null, true);

        assertThat(professional.toRequest()).containsEntry("sector", "NAV").containsEntry("workplace", "NAV Bergen")
                .containsEntry("consent", true).doesNotContainKey("relation");
    }

    @Test
    void theArrangersAreNamedAsOneLine() {
        assertThat(meeting(List.of()).arrangedBy()).isEqualTo("MØTEPLASS Bergen");
        assertThat(meeting(List.of(host("Helse Bergen"))).arrangedBy()).isEqualTo("Helse Bergen");
        assertThat(meeting(List.of(host("Bergen kommune"), host("Helse Bergen"), host("LPP Bergen"))).arrangedBy())
                .isEqualTo("Bergen kommune, Helse Bergen og LPP Bergen");
    }

    private static Meeting.Host host(String name) {
        return new Meeting.Host(UUID.randomUUID(), name);
    }

    private static Meeting meeting(List<Meeting.Host> hosts) {
        ZonedDateTime start = ZonedDateTime.parse("2027-01-12T18:00:00+01:00");
        return new Meeting(UUID.randomUUID(), "Tittel", null, UUID.randomUUID(), "Tema", "MØTEPLASS Bergen", "Bergen",
                hosts, null, null, null, null, start, start.plusMinutes(150), "PUBLISHED", true);
    }
}
