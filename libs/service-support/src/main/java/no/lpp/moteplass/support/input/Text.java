package no.lpp.moteplass.support.input;

import java.util.Optional;

/**
 * What text the platform accepts from anyone, for any field: no NUL or other control characters (they break storage,
 * logs, emails and calendars), no bidirectional overrides (they make a name display as something else), no lone
 * surrogates, and some visible character in anything that is not plain whitespace. Line breaks and tabs only in free
 * text.
 */
public final class Text {

    static final String CONTROL = "inneholder kontrolltegn eller usynlige styringstegn, som ikke er tillatt";
    static final String LINE_BREAK = "kan ikke inneholde linjeskift eller tabulator; skriv alt på én linje";
    static final String INVISIBLE = "må inneholde synlige tegn, ikke bare usynlige tegn";

    private Text() {
    }

    /** Why this text is refused, or empty when it is acceptable. */
    public static Optional<String> refusal(String value, boolean freeText) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        boolean visible = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                if (!freeText) {
                    return Optional.of(LINE_BREAK);
                }
            } else if (forbidden(cp)) {
                return Optional.of(CONTROL);
            } else if (!visible && isVisible(cp)) {
                visible = true;
            }
        }
        return visible || value.isBlank() ? Optional.empty() : Optional.of(INVISIBLE);
    }

    private static boolean forbidden(int cp) {
        return Character.getType(cp) == Character.CONTROL // C0, DEL and C1
                || Character.getType(cp) == Character.SURROGATE // only a lone half can get here
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) // bidi embeddings, overrides
                || cp == 0xFFFE || cp == 0xFFFF;
    }

    /** Letters, digits, punctuation and symbols draw something; spaces, format characters and fillers do not. */
    static boolean isVisible(int cp) {
        if (cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800) {
            return false; // Hangul fillers and the blank Braille pattern are letters/symbols that draw nothing
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
