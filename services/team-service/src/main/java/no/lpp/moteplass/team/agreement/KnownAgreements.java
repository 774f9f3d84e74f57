package no.lpp.moteplass.team.agreement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class KnownAgreements {

    private final JdbcClient jdbc;

    KnownAgreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates unless the stored row already reflects a newer change; true if it changed anything. */
    boolean apply(UUID id, String status, List<UUID> partyIds, Instant asOf) {
        return jdbc.sql("""
                insert into known_agreement (id, status, party_ids, as_of) values (:id, :status, :parties, :asOf)
                on conflict (id) do update set status = excluded.status, party_ids = excluded.party_ids,
                    as_of = excluded.as_of
                where known_agreement.as_of < excluded.as_of
                """)
                .param("id", id)
                .param("status", status)
                .param("parties", partyIds.toArray(UUID[]::new))
                .param("asOf", Timestamp.from(asOf))
                .update() == 1;
    }

    /** Whether any of these organisations is party to an agreement that is active now. */
    public boolean anyActive(Collection<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) from known_agreement where status = 'ACTIVE' and party_ids && :ids")
                .param("ids", organizationIds.toArray(UUID[]::new))
                .query(Long.class).single() > 0;
    }
}
