package no.lpp.moteplass.knowledge.report;

import java.util.Map;

/** Norwegian words for the codes in reports, for people reading the PDF; CSV and JSON keep the codes. */
final class Labels {

    private static final Map<String, String> NORWEGIAN = Map.ofEntries(
            Map.entry("PARENT", "forelder"), Map.entry("CHILD", "barn"), Map.entry("SIBLING", "søsken"),
            Map.entry("PARTNER", "partner"), Map.entry("GRANDPARENT", "besteforelder"),
            Map.entry("FRIEND", "venn"), Map.entry("NEIGHBOUR", "nabo"), Map.entry("OTHER", "annet"),
            Map.entry("SPECIALIST_MENTAL_HEALTH_AND_SUBSTANCE_USE", "spesialisthelsetjenesten (psykisk helse og rus)"),
            Map.entry("MUNICIPAL_SERVICES", "kommunale tjenester"), Map.entry("GP", "fastlege"),
            Map.entry("PPT", "PPT"), Map.entry("NAV", "NAV"), Map.entry("CHILD_WELFARE", "barnevern"),
            Map.entry("FAMILY_COUNSELLING", "familievern"), Map.entry("DPS", "DPS"),
            Map.entry("HOSPITAL_WARD", "sykehusavdeling"), Map.entry("MUNICIPAL_MENTAL_HEALTH", "kommunal psykisk helse"),
            Map.entry("SCHOOL_PPT", "skole/PPT"), Map.entry("RECEIVED", "mottatt"),
            Map.entry("ACKNOWLEDGED", "bekreftet"), Map.entry("ACTION_PLANNED", "tiltak planlagt"),
            Map.entry("IMPLEMENTED", "gjennomført"), Map.entry("NOT_PURSUED", "ikke fulgt opp"));

    private Labels() {
    }

    static String of(String code) {
        return NORWEGIAN.getOrDefault(code, code);
    }
}
