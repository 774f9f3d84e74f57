package no.lpp.moteplass.partnership.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.partnership.agreement.Agreement;
import no.lpp.moteplass.partnership.agreement.AgreementCalendar;
import no.lpp.moteplass.partnership.agreement.AgreementDesk;
import no.lpp.moteplass.partnership.agreement.Party;
import no.lpp.moteplass.partnership.agreement.PartyRole;
import no.lpp.moteplass.partnership.organization.Address;
import no.lpp.moteplass.partnership.organization.Contact;
import no.lpp.moteplass.partnership.organization.HealthRegion;
import no.lpp.moteplass.partnership.organization.Organization;
import no.lpp.moteplass.partnership.organization.OrganizationFilter;
import no.lpp.moteplass.partnership.organization.OrganizationDesk;
import no.lpp.moteplass.partnership.organization.OrganizationType;
import no.lpp.moteplass.partnership.organization.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads a demo register into an empty database: two health regions, an RHF, two HFs with DPSs, three municipalities,
 * LPP with a local chapter, and an active, an expiring, a draft and a terminated agreement. Everything goes through the application
 * services, so history and events are as real as the data is not. The Keycloak aliases {@code lpp}, {@code demo-hf}
 * and {@code demo-kommune} tie the demo users to their organisations.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String BY = "system:demo-data";

    private final Organizations organizations;
    private final OrganizationDesk register;
    private final AgreementDesk agreements;
    private final AgreementCalendar calendar;

    DemoData(Organizations organizations, OrganizationDesk register, AgreementDesk agreements,
            AgreementCalendar calendar) {
        this.organizations = organizations;
        this.register = register;
        this.agreements = agreements;
        this.calendar = calendar;
    }

    // Decided when the service starts, not when the context is built: the image, processed ahead of time, fixes
    // bean conditions at build time, and the same jar runs with and without demo data.
    @EventListener(value = ApplicationReadyEvent.class,
            condition = "@environment.getProperty('moteplass.demo-data') == 'true'")
    public void loadIntoAnEmptyRegister() {
        if (organizations.count(new OrganizationFilter(null, null, null, null, null)) > 0) {
            return; // never mixes with real (or earlier demo) data
        }
        log.warn("Loading DEMO data into the partnership register (moteplass.demo-data=true). Never in production.");
        UUID lpp = organization("LPP – Landsforeningen for Pårørende innen Psykisk helse", OrganizationType.LPP_NATIONAL,
                "990001375", null, null, null, "lpp", new Address("Storgata 38", "0182", "Oslo"));
        UUID chapter = organization("LPP Vestland", OrganizationType.LPP_LOCAL_CHAPTER, null, null, HealthRegion.VEST,
                lpp, null, null);
        UUID rhf = organization("Helse Vest RHF (demo)", OrganizationType.REGIONAL_HEALTH_AUTHORITY, "990002746", null,
                HealthRegion.VEST, null, null, null);
        UUID hf = organization("Demo Helseforetak HF", OrganizationType.HEALTH_TRUST, "990004110", null,
                HealthRegion.VEST, rhf, "demo-hf", new Address("Haukelandsveien 22", "5021", "Bergen"));
        organization("Demo DPS Nord", OrganizationType.DPS, "990005486", null, HealthRegion.VEST, hf, null, null);
        organization("Demo DPS Sør", OrganizationType.DPS, "990006857", null, HealthRegion.VEST, hf, null, null);
        organization("Demo lærings- og mestringssenter", OrganizationType.LEARNING_AND_MASTERY_UNIT, null, null,
                HealthRegion.VEST, hf, null, null);
        UUID midt = organization("Demo Sjukehus HF", OrganizationType.HEALTH_TRUST, "990008221", null,
                HealthRegion.MIDT, null, null, null);
        organization("Demo DPS Midt", OrganizationType.DPS, "990009597", null, HealthRegion.MIDT, midt, null, null);
        UUID kommune = organization("Demo kommune", OrganizationType.MUNICIPALITY, "990012334", "5001",
                HealthRegion.MIDT, null, "demo-kommune", null);
        UUID fjordby = organization("Fjordby kommune (demo)", OrganizationType.MUNICIPALITY, "990013705", "4601",
                HealthRegion.VEST, null, null, null);
        organization("Kystby kommune (demo)", OrganizationType.MUNICIPALITY, "990015074", "1508", HealthRegion.MIDT,
                null, null, null);
        organization("Demo brukerstyrt senter", OrganizationType.USER_RUN_CENTRE, null, null, HealthRegion.VEST, null,
                null, null);

        LocalDate today = agreements.today();
        Agreement active = agreement("MØTEPLASS Demo HF 2026–2028", today.minusMonths(6), today.plusMonths(18),
                party(lpp, PartyRole.LPP), party(hf, PartyRole.PARTNER), party(chapter, PartyRole.SUPPORTER));
        signAll(active);
        Agreement expiring = agreement("MØTEPLASS Demo Sjukehus HF", today.minusMonths(22), today.plusDays(60),
                party(lpp, PartyRole.LPP), party(midt, PartyRole.PARTNER));
        signAll(expiring);
        Agreement draft = agreement("MØTEPLASS Demo kommune", today.plusMonths(1), today.plusMonths(25),
                party(lpp, PartyRole.LPP), party(kommune, PartyRole.PARTNER));
        agreements.sign(draft.id(), lpp, BY);
        Agreement ended = agreement("MØTEPLASS Fjordby", today.minusMonths(8), today.plusMonths(16),
                party(lpp, PartyRole.LPP), party(fjordby, PartyRole.PARTNER));
        Agreement activeUntilNow = signAll(ended);
        agreements.terminate(ended.id(), activeUntilNow.version(), "Demo: kommunen har omorganisert tilbudet.", BY);
        calendar.runToday(); // flags the expiring agreement now rather than at the next hourly run
        log.warn("Demo data loaded: 13 organisations, 4 agreements (active, expiring, draft, terminated).");
    }

    private UUID organization(String name, OrganizationType type, String number, String municipalityNumber,
            HealthRegion region, UUID parent, String alias, Address address) {
        List<Contact> contacts = alias == null ? List.of()
                : List.of(new Contact("Demo Kontaktperson", "MØTEPLASS-koordinator", "kontakt@" + alias + ".example.no",
                        "+47 00 00 00 00"));
        var details = new Organization.Details(name, type, number, municipalityNumber, region, parent, alias, address,
                contacts);
        return register.register(details, BY).id();
    }

    private static Party party(UUID organization, PartyRole role) {
        return new Party(organization, role, null, null, null);
    }

    private Agreement agreement(String title, LocalDate startsOn, LocalDate endsOn, Party... parties) {
        return agreements.draft(new Agreement.Terms(title, startsOn, endsOn, 2, List.of(parties)), BY);
    }

    /** Signs for every party; returns the agreement as the last signature left it (activated if due). */
    private Agreement signAll(Agreement agreement) {
        Agreement signed = agreement;
        for (Party party : agreement.terms().parties()) {
            signed = agreements.sign(agreement.id(), party.organizationId(), BY);
        }
        return signed;
    }
}
