package no.lpp.moteplass.partnership.access;

import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.partnership.agreement.Agreement;
import no.lpp.moteplass.partnership.agreement.Party;
import no.lpp.moteplass.partnership.organization.Organizations;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

@Component
public class PartnershipAccess {

    private final Organizations organizations;

    PartnershipAccess(Organizations organizations) {
        this.organizations = organizations;
    }

    /**
     * The organisations the caller may read: {@code null} means all of them (LPP administrators); a coordinator gets
     * their own organisation and its descendants; anyone else is refused.
     */
    public Set<UUID> readableOrganizations(Caller caller) {
        if (caller.hasRole(Roles.LPP_ADMIN)) {
            return null;
        }
        if (caller.hasRole(Roles.COORDINATOR)) {
            return organizations.withDescendants(caller.organizations());
        }
        throw new AccessDeniedException("Only LPP administrators and coordinators read the partnership register");
    }

    public void requireReadable(Caller caller, UUID organizationId) {
        Set<UUID> readable = readableOrganizations(caller);
        if (readable != null && !readable.contains(organizationId)) {
            throw new AccessDeniedException("Organisation " + organizationId + " is not the caller's");
        }
    }

    /** An agreement is readable when the caller may read at least one of its parties. */
    public void requireReadable(Caller caller, Agreement agreement) {
        Set<UUID> readable = readableOrganizations(caller);
        if (readable != null && agreement.terms().parties().stream().map(Party::organizationId).noneMatch(readable::contains)) {
            throw new AccessDeniedException("Agreement " + agreement.id() + " has none of the caller's organisations");
        }
    }

    /** Signing for an organisation: LPP administrators for any party, a coordinator only for their own organisation. */
    public void requireMaySignFor(Caller caller, UUID organizationId) {
        if (caller.hasRole(Roles.LPP_ADMIN)) {
            return;
        }
        if (caller.hasRole(Roles.COORDINATOR) && organizations.withAliases(caller.organizations()).contains(organizationId)) {
            return;
        }
        throw new AccessDeniedException("The caller may not sign for organisation " + organizationId);
    }
}
