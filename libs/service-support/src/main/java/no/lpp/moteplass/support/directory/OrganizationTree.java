package no.lpp.moteplass.support.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who a caller acts for: the organisations with the caller's Keycloak aliases and everything below them (a health
 * trust's coordinator acts for its DPSs too). Every service that scopes access keeps a {@code known_organization} read
 * model with {@code id}, {@code parent_id} and {@code identity_alias} from the partnership events; this reads it the
 * same way everywhere.
 */
public final class OrganizationTree {

    private OrganizationTree() {
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
