package no.lpp.moteplass.portal.meetings;

import java.util.Map;
import no.lpp.moteplass.portal.web.Choices;

/** The answers the registration form offers, in the meetings service's codes and the words people read. */
public final class RegistrationChoices {

    public static final Map<String, String> RELATIONS = Choices.ordered(
            "PARENT", "Mor eller far til en som sliter",
            "CHILD", "Barn av en som sliter",
            "SIBLING", "Søsken",
            "PARTNER", "Kjæreste, samboer eller ektefelle",
            "GRANDPARENT", "Besteforelder",
            "FRIEND", "Venn",
            "NEIGHBOUR", "Nabo",
            "OTHER", "Annet");

    public static final Map<String, String> SECTORS = Choices.ordered(
            "SPECIALIST_MENTAL_HEALTH_AND_SUBSTANCE_USE", "Psykisk helsevern og rus i spesialisthelsetjenesten",
            "MUNICIPAL_SERVICES", "Kommunale helse- og omsorgstjenester",
            "GP", "Fastlege",
            "PPT", "PPT",
            "NAV", "NAV",
            "CHILD_WELFARE", "Barnevern",
            "FAMILY_COUNSELLING", "Familievern",
            "OTHER", "Annet");

    private RegistrationChoices() {
    }
}
