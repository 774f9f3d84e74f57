package no.lpp.moteplass.portal.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form's fields in the order a person meets them, each with the short name its error uses. A service names what
 * is wrong in its own order and words ("må fylles ut"); the error summary lists the form's order, and every message is
 * an instruction that says which field it is about ("Fyll ut tittel.", "Velg tema.", "Tittel kan ha høyst 200 tegn.").
 * Built once per form class (a constant); not changed after.
 */
public final class FormFields {

    /** Messages already worded as an instruction start with a verb in the imperative (or address the reader). */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^(skriv|velg|oppgi|kryss|fyll|legg|sett|gi|bruk|angi|du må|svar)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern AT_MOST = Pattern.compile("^må ha mellom 0 og (\\d+) tegn.*");
    private static final Pattern BETWEEN = Pattern.compile("^må ha mellom (\\d+) og (\\d+) tegn.*");

    private record Field(String name, boolean choice) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    private FormFields() {
    }

    public static FormFields form() {
        return new FormFields();
    }

    /** A field one writes in; its name as the message uses it ("tittel", "e-postadressen din"). */
    public FormFields text(String id, String name) {
        fields.put(id, new Field(name, false));
        return this;
    }

    /** A field one chooses in (a list, radio buttons or a box to tick). */
    public FormFields choice(String id, String name) {
        fields.put(id, new Field(name, true));
        return this;
    }

    /** The service's name for a field (or for a rule on several fields) → the form field a person has to change. */
    public FormFields alias(String serviceField, String formField) {
        aliases.put(serviceField, formField);
        return this;
    }

    public String formField(String serviceField) {
        return aliases.getOrDefault(serviceField, serviceField);
    }

    /** The messages by form field, in the form's order (any field the form does not list last), as instructions. */
    public Map<String, String> inOrder(Map<String, String> messages) {
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.forEach((id, field) -> {
            if (messages.containsKey(id)) {
                ordered.put(id, instruction(field, messages.get(id)));
            }
        });
        messages.forEach((id, message) -> ordered.putIfAbsent(id, ApiProblem.sentence(message)));
        return ordered;
    }

    static String instruction(Field field, String message) {
        String rule = message.strip().replaceAll("\\.$", "");
        rule = rule.isEmpty() ? rule : Character.toLowerCase(rule.charAt(0)) + rule.substring(1);
        if (rule.isEmpty() || rule.equals("må fylles ut")) {
            return ApiProblem.sentence((field.choice() ? "velg " : "fyll ut ") + field.name());
        }
        if (INSTRUCTION.matcher(rule).matches()) {
            return ApiProblem.sentence(rule);
        }
        Matcher atMost = AT_MOST.matcher(rule);
        if (atMost.matches()) {
            return ApiProblem.sentence(field.name() + " kan ha høyst " + atMost.group(1) + " tegn");
        }
        Matcher between = BETWEEN.matcher(rule);
        if (between.matches()) {
            return ApiProblem.sentence(field.name() + " må ha mellom " + between.group(1) + " og " + between.group(2)
                    + " tegn");
        }
        return ApiProblem.sentence(field.name() + " " + rule);
    }
}
