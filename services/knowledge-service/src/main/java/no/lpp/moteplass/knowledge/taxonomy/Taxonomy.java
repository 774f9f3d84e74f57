package no.lpp.moteplass.knowledge.taxonomy;

import java.util.List;
import no.lpp.moteplass.support.problem.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The national taxonomy of insight tags, maintained by LPP so insights from all over the country can be compared. */
@Repository
public class Taxonomy {

    /** A tag: a stable code and its Norwegian label. */
    public record Tag(String code, String label) {
    }

    private final JdbcClient jdbc;

    Taxonomy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Tag> all() {
        return jdbc.sql("select code, label from insight_tag order by label").query(Tag.class).list();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from insight_tag where code = ?").param(code).query(Long.class).single() > 0;
    }

    public Tag add(Tag tag) {
        try {
            jdbc.sql("insert into insight_tag (code, label) values (?, ?)").params(tag.code(), tag.label()).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Det finnes allerede en knagg med koden " + tag.code() + ".");
        }
        return tag;
    }

    /** Relabels; the code, which insights refer to, stays. */
    public boolean relabel(String code, String label) {
        return jdbc.sql("update insight_tag set label = ? where code = ?").params(label, code).update() == 1;
    }
}
