package no.lpp.moteplass.team.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessTest {

    @ParameterizedTest(name = "{0} with agreement={1}, facilitators={2}, relatives={3} becomes {4}")
    @CsvSource({
            "FORMING,   true,  2, 1, READY",
            "FORMING,   true,  1, 1, FORMING",
            "FORMING,   true,  2, 0, FORMING",
            "READY,     true,  1, 1, FORMING",
            "READY,     false, 2, 1, SUSPENDED",
            "FORMING,   false, 0, 0, SUSPENDED",
            "SUSPENDED, true,  2, 1, READY",
            "SUSPENDED, true,  0, 1, FORMING",
            "DISSOLVED, true,  5, 5, DISSOLVED"})
    void statusFollowsTheRule(TeamStatus current, boolean agreement, long facilitators, long relatives,
            TeamStatus expected) {
        assertThat(new Readiness(agreement, facilitators, relatives).statusFor(current)).isEqualTo(expected);
    }
}
