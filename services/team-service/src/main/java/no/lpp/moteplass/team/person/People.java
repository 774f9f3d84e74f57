package no.lpp.moteplass.team.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Person person) {
        jdbc.sql("""
                insert into person (id, name, email, user_id, organization_id, profession, lpp_chapter_id, created_at,
                    created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(person.id(), person.name(), person.email(), person.userId(), person.organizationId(),
                        person.profession(), person.lppChapterId(), Timestamp.from(person.createdAt()),
                        person.createdBy())
                .update();
    }

    public Optional<Person> find(UUID id) {
        return jdbc.sql("select * from person where id = ?").param(id).query(People::map).optional();
    }

    public Optional<Person> byUser(UUID userId) {
        return jdbc.sql("select * from person where user_id = ?").param(userId).query(People::map).optional();
    }

    public java.util.List<UUID> ofOrganizations(java.util.Collection<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("select id from person where organization_id in (:ids)").param("ids", organizationIds)
                .query(UUID.class).list();
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                rs.getObject("user_id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("profession"), rs.getObject("lpp_chapter_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
