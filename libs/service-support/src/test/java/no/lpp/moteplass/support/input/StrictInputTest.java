package no.lpp.moteplass.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.support.problem.RejectedInput;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a request body is read, over whole classes of values rather than examples: every control character, every
 * bidirectional override, every way of writing a date that is not ISO-8601, every enum spelling but the exact one.
 */
class StrictInputTest {

    enum Kind { PARENT, SIBLING }

    record Body(String name, @FreeText String story, LocalDate date, LocalTime time, Instant at, Kind kind, UUID id,
            Integer count, Boolean consent, List<String> tags) {
    }

    private final JsonMapper json = InputSupport.strict(JsonMapper.builder().build());

    @Test
    void everyControlCharacterIsRefusedInAnyTextAndLineBreaksOutsideFreeText() {
        for (int c = 0; c <= 0x9F; c++) {
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            String text = "Kari" + (char) c + "Nordmann";
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            assertThat(refusal("name", text)).as("U+%04X in a name", c).isNotNull();
            if (lineBreak) {
                assertThat(read("story", text).story()).as("U+%04X in free text", c).isEqualTo(text);
            } else {
                assertThat(refusal("story", text)).as("U+%04X in free text", c).isNotNull();
            }
            assertThat(refusal("tags", List.of(text))).as("U+%04X in a list item", c).isNotNull();
        }
    }

    @Test
    void bidirectionalOverridesLoneSurrogatesAndInvisibleOnlyTextAreRefused() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xD800,
                0xDFFF, 0xFFFE, 0xFFFF}) {
            assertThat(refusal("name", "abc" + (char) c)).as("U+%04X", c).isNotNull();
        }
        for (String invisible : List.of("\u200B", "\u200B\u200C\u200D", "\uFEFF", " \u2060 ", "\u3164", "\u2800",
                "\u00AD", "\u115F\u1160")) {
            assertThat(refusal("name", invisible)).as("only invisible characters").isEqualTo(Text.INVISIBLE);
        }
        assertThat(read("name", "Åse Øvrebø-Ærøy").name()).isEqualTo("Åse Øvrebø-Ærøy");
        assertThat(read("name", "مريم").name()).as("right-to-left script itself is fine").isEqualTo("مريم");
        assertThat(read("name", "   ").name()).as("plain blanks are left to @NotBlank").isEqualTo("   ");
    }

    @Test
    void datesAndTimesAreIsoStringsWithinThisCenturyNeverNumbers() {
        for (String date : List.of("20270318", "\"2027-02-30\"", "\"18.03.2027\"", "\"+1000000-01-01\"",
                "\"-999999999-01-01\"", "\"0000-01-01\"", "\"1999-12-31\"", "\"2100-01-01\"", "[2027,3,18]", "57577",
                "\"2027-03-18T10:00:00Z\"", "true", "\" 2027-03-18\"")) {
            assertThatThrownBy(() -> readRaw("date", date)).as(date).isInstanceOf(JacksonException.class);
        }
        assertThat(read("date", "2027-03-18").date()).isEqualTo(LocalDate.of(2027, 3, 18));
        for (String time : List.of("1800", "\"25:00\"", "\"18.00\"", "64800")) {
            assertThatThrownBy(() -> readRaw("time", time)).as(time).isInstanceOf(JacksonException.class);
        }
        for (String at : List.of("1800000000", "1.8E9", "\"2027-03-18\"", "\"+100000-01-01T00:00:00Z\"")) {
            assertThatThrownBy(() -> readRaw("at", at)).as(at).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void enumsIdsAndNumbersAreExact() {
        assertThat(List.of("0", "1", "\"0\"", "\"parent\"", "\"PARENT \"", "\" PARENT\"", "\"\""))
                .as("enum spellings accepted").filteredOn(kind -> accepted("kind", kind)).isEmpty();
        for (String id : List.of("\"1-1-1-1-1\"", "\"AAAAAAAAAAAAAAAAAAAAAA==\"", "12",
                "\"00000000-0000-0000-0000-00000000000G\"")) {
            assertThatThrownBy(() -> readRaw("id", id)).as(id).isInstanceOf(JacksonException.class);
        }
        for (String count : List.of("12.5", "1e30", "9223372036854775808", "true", "\"tolv\"")) {
            assertThatThrownBy(() -> readRaw("count", count)).as(count).isInstanceOf(JacksonException.class);
        }
        assertThat(readRaw("count", "\"12\"").count()).as("a form's answer arrives as text").isEqualTo(12);
        assertThatThrownBy(() -> readRaw("consent", "1")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> readRaw("name", "12")).as("a number is not text").isInstanceOf(JacksonException.class);
    }

    @Test
    void unknownFieldsDuplicatesAndTrailingContentAreRefused() {
        for (String body : List.of("{\"nmae\":\"Kari\"}", "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\"} {}",
                "{\"name\":\"a\"}x")) {
            assertThatThrownBy(() -> json.readValue(body, Body.class)).as(body).isInstanceOf(JacksonException.class);
        }
    }

    private String refusal(String field, Object value) {
        try {
            json.readValue(json.writeValueAsString(java.util.Map.of(field, value)), Body.class);
            return null;
        } catch (RejectedInput rejected) {
            return rejected.getOriginalMessage();
        }
    }

    private Body read(String field, String value) {
        return json.readValue(json.writeValueAsString(java.util.Map.of(field, value)), Body.class);
    }

    private boolean accepted(String field, String rawJson) {
        try {
            readRaw(field, rawJson);
            return true;
        } catch (JacksonException refused) {
            return false;
        }
    }

    private Body readRaw(String field, String rawJson) {
        return json.readValue("{\"" + field + "\":" + rawJson + "}", Body.class);
    }
}
