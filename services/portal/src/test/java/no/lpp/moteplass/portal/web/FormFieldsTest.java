package no.lpp.moteplass.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a service refuses, in whatever order it names the fields: the summary lists them in the form's order, and
 * each message is an instruction that names its field. Generated: random subsets of a form's fields, each with one of
 * the messages services send, in random order (seed printed; replay with -Dform.seed=).
 */
class FormFieldsTest {

    private static final FormFields FORM = FormFields.form()
            .choice("theme", "tema").text("title", "tittel").text("date", "dato")
            .text("capacity", "antall plasser").choice("facilitator1", "første fasilitator")
            .alias("facilitatorIds", "facilitator1");

    /** What the services' validation says (ValidationMessages.properties and the services' own messages). */
    private static final List<String> MESSAGES = List.of("må fylles ut", "Må fylles ut.", "må ha mellom 0 og 200 tegn",
            "må ha mellom 2 og 2 tegn eller elementer", "må være minst 1", "har ugyldig format",
            "skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no",
            "velg to fasilitatorer: et møte ledes av nøyaktig to", "du må velge minst én");

    @Test
    void everyRefusalIsListedInTheFormsOrderAndNamesItsField() {
        long seed = Long.getLong("form.seed", System.nanoTime());
        System.out.println("FormFieldsTest seed " + seed + " (replay with -Dform.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> order = List.of("theme", "title", "date", "capacity", "facilitator1");
        Map<String, String> names = Map.of("theme", "tema", "title", "tittel", "date", "dato", "capacity",
                "antall plasser", "facilitator1", "første fasilitator");
        for (int round = 0; round < 500; round++) {
            List<String> refused = new ArrayList<>(order.stream().filter(f -> random.nextBoolean()).toList());
            Collections.shuffle(refused, random);
            Map<String, String> byService = new LinkedHashMap<>();
            refused.forEach(f -> byService.put(f, MESSAGES.get(random.nextInt(MESSAGES.size()))));

            Map<String, String> shown = FORM.inOrder(byService);

            assertThat(List.copyOf(shown.keySet())).as("seed %d", seed)
                    .isEqualTo(order.stream().filter(byService::containsKey).toList());
            shown.forEach((field, message) -> {
                assertThat(message).as("seed %d: %s", seed, field).endsWith(".").matches("^\\p{Lu}.*");
                String service = byService.get(field).toLowerCase();
                boolean alreadyAnInstruction = service.startsWith("skriv") || service.startsWith("velg")
                        || service.startsWith("du må");
                if (!alreadyAnInstruction) {
                    assertThat(message.toLowerCase()).as("seed %d: %s names its field", seed, field)
                            .contains(names.get(field));
                }
            });
        }
    }

    @Test
    void aMissingAnswerIsAnInstructionToChooseOrToFillIn() {
        Map<String, String> shown = FORM.inOrder(Map.of("title", "må fylles ut", "theme", "må fylles ut",
                "capacity", "må ha mellom 0 og 3 tegn"));
        assertThat(shown).containsExactly(Map.entry("theme", "Velg tema."), Map.entry("title", "Fyll ut tittel."),
                Map.entry("capacity", "Antall plasser kan ha høyst 3 tegn."));
    }

    @Test
    void aFieldTheFormDoesNotListComesLastAsTheServiceSaidIt() {
        assertThat(FORM.inOrder(Map.of("other", "noe er galt", "date", "må være fram i tid")))
                .containsExactly(Map.entry("date", "Dato må være fram i tid."), Map.entry("other", "Noe er galt."));
        assertThat(FORM.formField("facilitatorIds")).isEqualTo("facilitator1");
        assertThat(FORM.inOrder(Map.of("facilitator1", "du må velge minst én")))
                .containsExactly(Map.entry("facilitator1", "Du må velge minst én."));
    }
}
