package no.lpp.moteplass.meeting.theme;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.support.problem.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Themes {

    private final JdbcClient jdbc;

    Themes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Theme> list(int limit, long offset) {
        return jdbc.sql("select * from theme order by title limit ? offset ?").params(limit, offset)
                .query(Theme.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from theme").query(Long.class).single();
    }

    public Optional<Theme> find(UUID id) {
        return jdbc.sql("select * from theme where id = ?").param(id).query(Theme.class).optional();
    }

    public Theme add(String title, String description, String guidance) {
        Theme theme = new Theme(UUID.randomUUID(), title.strip(), description, guidance);
        try {
            jdbc.sql("insert into theme (id, title, description, guidance) values (?, ?, ?, ?)")
                    .params(theme.id(), theme.title(), theme.description(), theme.guidance()).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Det finnes allerede et tema med denne tittelen.");
        }
        return theme;
    }

    /** Rewords a theme; meetings keep referring to it by id. */
    public Optional<Theme> change(UUID id, String title, String description, String guidance) {
        Theme theme = new Theme(id, title.strip(), description, guidance);
        try {
            int changed = jdbc.sql("update theme set title = ?, description = ?, guidance = ? where id = ?")
                    .params(theme.title(), theme.description(), theme.guidance(), id).update();
            return changed == 1 ? Optional.of(theme) : Optional.empty();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Det finnes allerede et tema med denne tittelen.");
        }
    }
}
