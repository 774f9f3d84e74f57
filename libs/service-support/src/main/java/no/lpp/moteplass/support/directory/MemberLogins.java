package no.lpp.moteplass.support.directory;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.lpp.moteplass.contracts.teams.TeamState;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which Keycloak login belongs to which team member, from the teams service's events: how a service recognises a
 * meeting's facilitators when they call. Every such service keeps a {@code known_member_login(person_id, user_id)}
 * table; this writes and reads it the same way everywhere.
 */
public final class MemberLogins {

    private MemberLogins() {
    }

    /** Remembers the logins of the team's members who have one. */
    public static void remember(JdbcClient jdbc, TeamState team) {
        for (TeamState.Member member : team.members()) {
            if (member.userId() != null) {
                jdbc.sql("""
                        insert into known_member_login (person_id, user_id) values (?, ?)
                        on conflict (person_id) do update set user_id = excluded.user_id
                        """).params(member.personId(), member.userId()).update();
            }
        }
    }

    /** The team members (person ids) who log in as this Keycloak user; empty for anyone else. */
    public static Set<UUID> personsOf(JdbcClient jdbc, String subject) {
        try {
            return new HashSet<>(jdbc.sql("select person_id from known_member_login where user_id = ?")
                    .param(UUID.fromString(subject)).query(UUID.class).list());
        } catch (IllegalArgumentException notAUserId) {
            return Set.of();
        }
    }
}
