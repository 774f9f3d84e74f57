package no.lpp.moteplass.knowledge.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a personal identifier in free text before it is published: email addresses, Norwegian phone
 * numbers, national identity numbers (11 digits whose check digits are valid) and street addresses. It cannot find
 * every name or story that identifies someone; that stays the facilitators' judgement, which both must give.
 */
public final class PersonalDataScreen {

    /** Something that must not be published, and what it looks like. */
    public record Finding(String kind, String text) {
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** Digits with optional single spaces, dots or dashes between them; checked for length below. */
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d+])(\\+?\\d[\\d .-]{6,16}\\d)(?!\\d)");
    private static final Pattern STREET = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*(veien|vegen|vei|veg|gata|gaten|gate"
            + "|bakken|stien|plassen|allé|alle|svingen|lia|tunet|kroken|ringen|brygge|torget)\\s+\\d{1,4}\\s?\\p{L}?\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private PersonalDataScreen() {
    }

    public static List<Finding> findings(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null) {
            return findings;
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            findings.add(new Finding("e-postadresse", email.group()));
        }
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            String candidate = digits.group(1).strip();
            String only = candidate.replaceAll("\\D", "");
            if (only.length() == 11 && isNationalIdentityNumber(only)) {
                findings.add(new Finding("fødselsnummer", candidate));
            } else if (isPhoneNumber(candidate, only)) {
                findings.add(new Finding("telefonnummer", candidate));
            }
        }
        Matcher street = STREET.matcher(text);
        while (street.find()) {
            findings.add(new Finding("gateadresse", street.group()));
        }
        return findings;
    }

    /** Eight digits (Norwegian numbers), optionally after +47 or 0047. */
    private static boolean isPhoneNumber(String candidate, String digits) {
        if (digits.length() == 8) {
            return true;
        }
        return (digits.length() == 10 && candidate.startsWith("+47")) || (digits.length() == 12
                && digits.startsWith("0047"));
    }

    /** Modulus 11 check digits of a fødselsnummer or D-number. */
    static boolean isNationalIdentityNumber(String digits) {
        int[] d = digits.chars().map(c -> c - '0').toArray();
        int first = checkDigit(d, FIRST_WEIGHTS);
        int second = checkDigit(d, SECOND_WEIGHTS);
        return first == d[9] && second == d[10];
    }

    private static int checkDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check; // 10 is never valid: compared with a single digit, it fails
    }
}
