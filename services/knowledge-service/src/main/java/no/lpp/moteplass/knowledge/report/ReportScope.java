package no.lpp.moteplass.knowledge.report;

import java.util.UUID;
import no.lpp.moteplass.support.problem.DomainRuleViolation;

/**
 * Whose report: the whole country, a health region, an organisation (with those below it), or one team.
 *
 * @param region         for {@code REGION}: {@code NORD}, {@code MIDT}, {@code VEST} or {@code SOR_OST}
 * @param organizationId for {@code ORGANIZATION}
 * @param teamId         for {@code TEAM}
 */
public record ReportScope(Level level, String region, UUID organizationId, UUID teamId) {

    public enum Level { NATIONAL, REGION, ORGANIZATION, TEAM }

    public ReportScope {
        boolean complete = switch (level) {
            case NATIONAL -> true;
            case REGION -> region != null && region.matches("NORD|MIDT|VEST|SOR_OST");
            case ORGANIZATION -> organizationId != null;
            case TEAM -> teamId != null;
        };
        if (!complete) {
            throw new DomainRuleViolation("Oppgi region (NORD, MIDT, VEST, SOR_OST), organizationId eller teamId for"
                    + " rapportnivået " + level + ".");
        }
    }

    public static ReportScope national() {
        return new ReportScope(Level.NATIONAL, null, null, null);
    }
}
