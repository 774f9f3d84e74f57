package no.lpp.moteplass.support.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.contracts.partnership.OrganizationState;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who a caller acts for: the organisations with the caller's Keycloak aliases and everything below them (a health
 * trust's coordinator acts for its DPSs too). Every service that scopes access keeps a {@code known_organization} read
 * model ({@code id, name, type, region, parent_id, identity_alias, active, as_of}) from the partnership events; this
 * writes and reads it the same way everywhere.
 */
public final class OrganizationTree {

    private OrganizationTree() {
    }

    /**
     * Applies an organisation event to the read model, unless the stored row already reflects a newer change (an
     * out-of-order or replayed delivery changes nothing).
     */
    public static void remember(JdbcClient jdbc, OrganizationState state, Instant asOf) {
        jdbc.sql("""
                insert into known_organization (id, name, type, region, parent_id, identity_alias, active, as_of)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, type = excluded.type, region = excluded.region,
                    parent_id = excluded.parent_id, identity_alias = excluded.identity_alias,
                    active = excluded.active, as_of = excluded.as_of
                where known_organization.as_of < excluded.as_of
                """)
                .params(state.organizationId(), state.name(), state.type(), state.region(), state.parentId(),
                        state.identityAlias(), state.active(), Timestamp.from(asOf))
                .update();
    }

    public static Set<UUID> withDescendants(JdbcClient jdbc, Collection<String> identityAliases) {
        return tree(jdbc, "identity_alias", identityAliases);
    }

    /** The organisations with these ids and everything below them, e.g. for an organisation's report. */
    public static Set<UUID> withDescendantsOf(JdbcClient jdbc, Collection<UUID> organizationIds) {
        return tree(jdbc, "id", organizationIds);
    }

    private static Set<UUID> tree(JdbcClient jdbc, String column, Collection<?> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                with recursive tree(id) as (
                    select id from known_organization where %s in (:roots)
                    union
                    select o.id from known_organization o join tree t on o.parent_id = t.id
                )
                select id from tree
                """.formatted(column)).param("roots", roots).query(UUID.class).list());
    }
}
