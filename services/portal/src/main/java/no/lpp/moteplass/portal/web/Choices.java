package no.lpp.moteplass.portal.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options of a form's question: a service's code → the words people read, in the order they are offered. */
public final class Choices {

    private Choices() {
    }

    public static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            choices.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(choices);
    }
}
