package no.lpp.moteplass.portal.staff.national;

import java.util.Map;
import no.lpp.moteplass.portal.web.Choices;

/** The services' codes in the words LPP's staff read. */
final class Words {

    static final Map<String, String> ORGANIZATION_TYPES = Choices.ordered(
            "REGIONAL_HEALTH_AUTHORITY", "Regionalt helseforetak",
            "HEALTH_TRUST", "Helseforetak",
            "HOSPITAL", "Sykehus",
            "DPS", "Distriktspsykiatrisk senter",
            "LEARNING_AND_MASTERY_UNIT", "Lærings- og mestringssenter",
            "MUNICIPALITY", "Kommune",
            "LPP_NATIONAL", "LPP nasjonalt",
            "LPP_LOCAL_CHAPTER", "LPP lokallag",
            "USER_RUN_CENTRE", "Brukerstyrt senter",
            "OTHER_SUPPORTER", "Annen støttespiller");

    static final Map<String, String> AGREEMENT_STATUSES = Choices.ordered(
            "DRAFT", "Utkast (til signering)", "ACTIVE", "Aktiv", "EXPIRED", "Utløpt", "TERMINATED", "Avsluttet");

    static final Map<String, String> CERTIFICATIONS = Choices.ordered(
            "BASIC", "Grunnopplæring", "FACILITATOR", "Fasilitatoropplæring");

    static final Map<String, String> SESSION_STATUSES = Choices.ordered(
            "PLANNED", "Planlagt", "COMPLETED", "Gjennomført", "CANCELLED", "Avlyst");

    private Words() {
    }
}
