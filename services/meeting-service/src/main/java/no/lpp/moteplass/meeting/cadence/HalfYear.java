package no.lpp.moteplass.meeting.cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lpp.moteplass.contracts.Norway;
import no.lpp.moteplass.support.problem.DomainRuleViolation;

/** A half-year as agreements count meetings: {@code 2026-H1} is January–June, {@code 2026-H2} July–December. */
record HalfYear(int year, int half) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-H([12])");

    static HalfYear parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new DomainRuleViolation("Halvår skrives som 2026-H1 eller 2026-H2.");
        }
        return new HalfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    static HalfYear containing(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    Instant start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1).atStartOfDay(Norway.ZONE).toInstant();
    }

    Instant end() {
        return (half == 1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1)).atStartOfDay(Norway.ZONE).toInstant();
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
