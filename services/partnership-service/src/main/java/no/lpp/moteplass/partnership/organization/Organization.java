package no.lpp.moteplass.partnership.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import no.lpp.moteplass.support.problem.DomainRuleViolation;

/**
 * An organisation in the register. Guards its own rules: a municipality has a municipality number and nothing else
 * does; an organisation is never its own parent; a deactivated organisation is not changed any more.
 *
 * @param organizationNumber the Norwegian organisation number, or {@code null} (e.g. an informal local group)
 * @param region             the health region, or {@code null} for national organisations
 * @param parentId           the parent organisation (a DPS belongs to an HF), or {@code null}
 * @param identityAlias      the Keycloak Organization alias its people log in with, or {@code null}
 * @param version            increases with every change; the API's ETag
 */
public record Organization(
        UUID id,
        Details details,
        boolean active,
        Instant registeredAt,
        String registeredBy,
        Instant changedAt,
        long version) {

    /** What an administrator can set and change. */
    public record Details(String name, OrganizationType type, String organizationNumber, String municipalityNumber,
            HealthRegion region, UUID parentId, String identityAlias, Address address, List<Contact> contacts) {

        public Details {
            name = name == null ? null : name.strip();
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }

    public static Organization register(Details details, Instant now, String registeredBy) {
        UUID id = UUID.randomUUID();
        check(id, details);
        return new Organization(id, details, true, now, registeredBy, now, 0);
    }

    public Organization change(Details newDetails, Instant now) {
        if (!active) {
            throw new DomainRuleViolation("Organisasjonen er deaktivert og kan ikke endres.");
        }
        check(id, newDetails);
        return new Organization(id, newDetails, true, registeredAt, registeredBy, now, version + 1);
    }

    public Organization deactivate(Instant now) {
        if (!active) {
            throw new DomainRuleViolation("Organisasjonen er allerede deaktivert.");
        }
        return new Organization(id, details, false, registeredAt, registeredBy, now, version + 1);
    }

    private static void check(UUID id, Details details) {
        boolean municipality = details.type() == OrganizationType.MUNICIPALITY;
        if (municipality && details.municipalityNumber() == null) {
            throw new DomainRuleViolation("En kommune må ha kommunenummer (4 siffer).");
        }
        if (!municipality && details.municipalityNumber() != null) {
            throw new DomainRuleViolation("Bare kommuner har kommunenummer.");
        }
        if (id.equals(details.parentId())) {
            throw new DomainRuleViolation("En organisasjon kan ikke være sin egen overordnede.");
        }
    }

    /** The state other services learn through events: no contact persons, no address. */
    public OrganizationState state() {
        return new OrganizationState(id, details.name(), details.type().name(), details.organizationNumber(),
                details.municipalityNumber(), details.region() == null ? null : details.region().name(),
                details.parentId(), details.identityAlias(), active, changedAt);
    }

    public String name() {
        return details.name();
    }

    public UUID parentId() {
        return details.parentId();
    }
}
