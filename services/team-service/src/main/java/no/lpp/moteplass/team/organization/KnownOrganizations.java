package no.lpp.moteplass.team.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.support.directory.OrganizationTree;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class KnownOrganizations {

    private final JdbcClient jdbc;

    KnownOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates, unless the stored row already reflects a newer change (out-of-order delivery). */
    void apply(KnownOrganization organization) {
        jdbc.sql("""
                insert into known_organization (id, name, type, region, parent_id, identity_alias, active, as_of)
                values (:id, :name, :type, :region, :parent, :alias, :active, :asOf)
                on conflict (id) do update
                    set name = excluded.name, type = excluded.type, region = excluded.region,
                        parent_id = excluded.parent_id, identity_alias = excluded.identity_alias,
                        active = excluded.active, as_of = excluded.as_of
                    where known_organization.as_of < excluded.as_of
                """)
                .param("id", organization.id())
                .param("name", organization.name())
                .param("type", organization.type())
                .param("region", organization.region())
                .param("parent", organization.parentId())
                .param("alias", organization.identityAlias())
                .param("active", organization.active())
                .param("asOf", Timestamp.from(organization.asOf()))
                .update();
    }

    public Optional<KnownOrganization> find(UUID id) {
        return jdbc.sql("select * from known_organization where id = ?").param(id)
                .query(KnownOrganizations::map).optional();
    }

    public List<KnownOrganization> list(PageRequest page) {
        return jdbc.sql("select * from known_organization order by lower(name), id limit ? offset ?")
                .params(page.size(), page.offset())
                .query(KnownOrganizations::map).list();
    }

    /** The organisations with these Keycloak aliases and everything below them: what a coordinator acts for. */
    public Set<UUID> withDescendants(Collection<String> identityAliases) {
        return OrganizationTree.withDescendants(jdbc, identityAliases);
    }

    /** These organisations and everything below them, e.g. a team's hosts and their DPSs. */
    public Set<UUID> withDescendantsOf(Collection<UUID> organizationIds) {
        return OrganizationTree.withDescendantsOf(jdbc, organizationIds);
    }

    public long count() {
        return jdbc.sql("select count(*) from known_organization").query(Long.class).single();
    }

    private static KnownOrganization map(ResultSet rs, int row) throws SQLException {
        return new KnownOrganization(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("type"),
                rs.getString("region"), rs.getObject("parent_id", UUID.class), rs.getString("identity_alias"),
                rs.getBoolean("active"),
                rs.getTimestamp("as_of").toInstant());
    }
}
