package no.lpp.moteplass.partnership.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.support.web.ETags;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The organisation register's table. */
@Repository
public class Organizations {

    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Organizations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(Organization organization) {
        jdbc.sql("""
                insert into organization (id, name, type, organization_number, municipality_number, region, parent_id,
                    identity_alias, street_address, postal_code, city, contacts, active, registered_at, registered_by,
                    changed_at, version)
                values (:id, :name, :type, :number, :municipality, :region, :parent, :alias, :street, :postalCode,
                    :city, cast(:contacts as jsonb), :active, :registeredAt, :registeredBy, :changedAt, :version)
                """)
                .paramSource(parameters(organization))
                .update();
    }

    /** Stores a change made to the version the caller read; fails with 412 if someone else changed it since. */
    void update(Organization changed) {
        int updated = jdbc.sql("""
                update organization set name = :name, type = :type, organization_number = :number,
                    municipality_number = :municipality, region = :region, parent_id = :parent, identity_alias = :alias,
                    street_address = :street, postal_code = :postalCode, city = :city,
                    contacts = cast(:contacts as jsonb), active = :active,
                    deactivated_at = case when :active then null else coalesce(deactivated_at, :changedAt) end,
                    changed_at = :changedAt, version = :version
                where id = :id and version = :version - 1
                """)
                .paramSource(parameters(changed))
                .update();
        if (updated == 0) {
            throw ETags.stale();
        }
    }

    private Map<String, Object> parameters(Organization organization) {
        Organization.Details details = organization.details();
        Address address = details.address();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", organization.id());
        parameters.put("name", details.name());
        parameters.put("type", details.type().name());
        parameters.put("number", details.organizationNumber());
        parameters.put("municipality", details.municipalityNumber());
        parameters.put("region", details.region() == null ? null : details.region().name());
        parameters.put("parent", details.parentId());
        parameters.put("alias", details.identityAlias());
        parameters.put("street", address == null ? null : address.street());
        parameters.put("postalCode", address == null ? null : address.postalCode());
        parameters.put("city", address == null ? null : address.city());
        parameters.put("contacts", json.writeValueAsString(details.contacts()));
        parameters.put("active", organization.active());
        parameters.put("version", organization.version());
        parameters.put("changedAt", Timestamp.from(organization.changedAt()));
        parameters.put("registeredAt", Timestamp.from(organization.registeredAt()));
        parameters.put("registeredBy", organization.registeredBy());
        return parameters;
    }

    public Optional<Organization> find(UUID id) {
        return jdbc.sql("select * from organization where id = ?").param(id).query(this::map).optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from organization where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** True if {@code candidateParent} is {@code id} itself or below it: making it the parent would close a cycle. */
    boolean isSelfOrDescendant(UUID candidateParent, UUID id) {
        return jdbc.sql("""
                with recursive ancestors(id, parent_id) as (
                    select id, parent_id from organization where id = :candidate
                    union
                    select o.id, o.parent_id from organization o join ancestors a on o.id = a.parent_id
                )
                select count(*) from ancestors where id = :id
                """)
                .param("candidate", candidateParent).param("id", id)
                .query(Long.class).single() > 0;
    }

    /** The organisations with these Keycloak aliases. */
    public Set<UUID> withAliases(Collection<String> identityAliases) {
        if (identityAliases.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from organization where identity_alias in (:aliases)")
                .param("aliases", identityAliases).query(UUID.class).list());
    }

    /** The organisations with these Keycloak aliases and everything below them. */
    public Set<UUID> withDescendants(Collection<String> identityAliases) {
        if (identityAliases.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                with recursive tree(id) as (
                    select id from organization where identity_alias in (:aliases)
                    union
                    select o.id from organization o join tree t on o.parent_id = t.id
                )
                select id from tree
                """)
                .param("aliases", identityAliases)
                .query(UUID.class).list());
    }

    public List<Organization> list(OrganizationFilter filter, PageRequest page) {
        Query query = where(filter);
        Map<String, Object> parameters = new HashMap<>(query.parameters);
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        return jdbc.sql("select * from organization" + query.sql + " order by lower(name), id limit :limit offset :offset")
                .paramSource(parameters)
                .query(this::map).list();
    }

    public long count(OrganizationFilter filter) {
        Query query = where(filter);
        return jdbc.sql("select count(*) from organization" + query.sql).paramSource(query.parameters)
                .query(Long.class).single();
    }

    private record Query(String sql, Map<String, Object> parameters) {
    }

    private static Query where(OrganizationFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.type() != null) {
            conditions.add("type = :type");
            parameters.put("type", filter.type().name());
        }
        if (filter.region() != null) {
            conditions.add("region = :region");
            parameters.put("region", filter.region().name());
        }
        if (filter.parentId() != null) {
            conditions.add("parent_id = :parent");
            parameters.put("parent", filter.parentId());
        }
        if (filter.active() != null) {
            conditions.add("active = :active");
            parameters.put("active", filter.active());
        }
        if (filter.visible() != null) {
            if (filter.visible().isEmpty()) {
                conditions.add("false");
            } else {
                conditions.add("id in (:visible)");
                parameters.put("visible", filter.visible());
            }
        }
        return new Query(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    private Organization map(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region");
        String street = rs.getString("street_address");
        String postalCode = rs.getString("postal_code");
        String city = rs.getString("city");
        Address address = street == null && postalCode == null && city == null ? null : new Address(street, postalCode, city);
        var details = new Organization.Details(
                rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")),
                rs.getString("organization_number"),
                rs.getString("municipality_number"),
                region == null ? null : HealthRegion.valueOf(region),
                rs.getObject("parent_id", UUID.class),
                rs.getString("identity_alias"),
                address,
                json.readValue(rs.getString("contacts"), CONTACTS));
        return new Organization(
                rs.getObject("id", UUID.class),
                details,
                rs.getBoolean("active"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getLong("version"));
    }
}
