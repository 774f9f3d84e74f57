package no.lpp.moteplass.partnership.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A party to an agreement.
 *
 * @param commitments what this party undertakes
 * @param signedBy    who signed on the party's behalf (a user id), or {@code null} while unsigned
 */
public record Party(UUID organizationId, PartyRole role, List<String> commitments, String signedBy, Instant signedAt) {

    public Party {
        commitments = commitments == null || commitments.isEmpty() ? role.defaultCommitments() : List.copyOf(commitments);
    }

    public boolean signed() {
        return signedAt != null;
    }

    Party signedBy(String by, Instant at) {
        return new Party(organizationId, role, commitments, by, at);
    }

    Party unsigned() {
        return new Party(organizationId, role, commitments, null, null);
    }
}
