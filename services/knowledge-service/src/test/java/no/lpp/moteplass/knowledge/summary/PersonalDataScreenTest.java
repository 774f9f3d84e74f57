package no.lpp.moteplass.knowledge.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScreenTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Ring meg på 912 34 567 etter møtet|telefonnummer|912 34 567",
            "Nummeret er +47 91234567.|telefonnummer|+47 91234567",
            "Tlf 22 22 22 22|telefonnummer|22 22 22 22",
            "Skriv til kari.nordmann@example.no om saken|e-postadresse|kari.nordmann@example.no",
            "Fødselsnummer 01010012356 stod på skjemaet|fødselsnummer|01010012356",
            "Hun bor i Storgata 12 B i Bergen|gateadresse|Storgata 12 B",
            "Besøk i Kirkeveien 5|gateadresse|Kirkeveien 5"})
    void findsIdentifiers(String text, String kind, String found) {
        assertThat(PersonalDataScreen.findings(text)).contains(new PersonalDataScreen.Finding(kind, found));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Pårørende ønsker mer informasjon om rettigheter ved innleggelse.",
            "I 2026 møttes 25 pårørende og 11 fagfolk over 2,5 timer.",
            "DPS bør ringe pårørende innen 24 timer.",
            "Avdelingen har 12345678901 som saksnummer", // 11 digits with invalid check digits
            "Veien videre er å lage en brosjyre."})
    void letsOrdinaryTextThrough(String text) {
        assertThat(PersonalDataScreen.findings(text)).isEmpty();
    }
}
