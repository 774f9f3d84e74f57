package no.lpp.moteplass.partnership.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"974760673", "974633752", "983974724", "991825827"})
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(OrganizationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"974760674", "123456789", "97476067", "9747606733", "97476067a", " 974760673"})
    void rejectsWrongCheckDigitsAndMalformedNumbers(String number) {
        assertThat(OrganizationNumber.isValid(number)).isFalse();
    }
}
