package no.lpp.moteplass.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class NorwegianTimeTest {

    final NorwegianTime time = new NorwegianTime();

    @Test
    void writesDatesAndTimesTheNorwegianWayInOsloTime() {
        ZonedDateTime start = ZonedDateTime.parse("2027-01-12T17:00:00Z"); // 18.00 in Oslo (winter time)

        assertThat(time.day(start)).isEqualTo("tirsdag 12. januar 2027");
        assertThat(time.span(start, start.plusMinutes(150))).isEqualTo("kl. 18.00–20.30");
        assertThat(time.iso(start)).isEqualTo("2027-01-12T18:00:00+01:00");
    }

    @Test
    void summerTimeIsOsloTimeToo() {
        assertThat(time.span(ZonedDateTime.parse("2027-06-15T16:00:00Z"), ZonedDateTime.parse("2027-06-15T18:30:00Z")))
                .isEqualTo("kl. 18.00–20.30");
    }
}
