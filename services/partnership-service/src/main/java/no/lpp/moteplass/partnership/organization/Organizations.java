package no.lpp.moteplass.partnership.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation register's table. */
@Repository
public class Organizations {

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Organization organization) {
        jdbc.sql("""
                insert into organization (id, name, type, organization_number, region, parent_id, active,
                                          registered_at, registered_by)
                values (:id, :name, :type, :number, :region, :parent, :active, :registeredAt, :registeredBy)
                """)
                .param("id", organization.id())
                .param("name", organization.name())
                .param("type", organization.type().name())
                .param("number", organization.organizationNumber())
                .param("region", organization.region() == null ? null : organization.region().name())
                .param("parent", organization.parentId())
                .param("active", organization.active())
                .param("registeredAt", Timestamp.from(organization.registeredAt()))
                .param("registeredBy", organization.registeredBy())
                .update();
    }

    public Optional<Organization> find(UUID id) {
        return jdbc.sql("select * from organization where id = ?").param(id).query(Organizations::map).optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from organization where id = ?").param(id).query(Long.class).single() > 0;
    }

    public List<Organization> list(PageRequest page) {
        return jdbc.sql("select * from organization order by lower(name), id limit ? offset ?")
                .params(page.size(), page.offset())
                .query(Organizations::map)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from organization").query(Long.class).single();
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region");
        return new Organization(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")),
                rs.getString("organization_number"),
                region == null ? null : HealthRegion.valueOf(region),
                rs.getObject("parent_id", UUID.class),
                rs.getBoolean("active"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"));
    }
}
