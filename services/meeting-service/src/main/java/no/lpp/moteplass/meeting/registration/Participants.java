package no.lpp.moteplass.meeting.registration;

import java.util.List;
import java.util.UUID;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A meeting's participant list: confirmed first, then the waiting list in order, then those who cancelled. */
@Repository
public class Participants {

    private final JdbcClient jdbc;

    Participants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Participant> of(UUID meetingId, PageRequest page) {
        long total = jdbc.sql("select count(*) from registration where meeting_id = ?").param(meetingId)
                .query(Long.class).single();
        List<Participant> items = jdbc.sql("""
                select * from registration where meeting_id = ?
                order by case status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2 end, registered_at, id
                limit ? offset ?
                """).params(meetingId, page.size(), page.offset())
                .query((rs, row) -> new Participant(rs.getObject("id", UUID.class),
                        RegistrationStatus.valueOf(rs.getString("status")),
                        rs.getString("category"), rs.getString("relation"), rs.getString("sector"),
                        rs.getString("workplace"), rs.getString("name"), rs.getString("email"), rs.getString("mobile"),
                        rs.getString("dietary_needs"), rs.getString("accessibility_needs"),
                        rs.getTimestamp("registered_at").toInstant(), rs.getTimestamp("checked_in_at") != null))
                .list();
        return Page.of(items, page, total);
    }
}
