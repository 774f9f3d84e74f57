package no.lpp.moteplass.knowledge.feedback;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import no.lpp.moteplass.support.problem.ConflictException;
import no.lpp.moteplass.support.security.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous feedback form of each meeting. A form is reached by its public link; each visit gets a one-time form
 * session, and an answer uses the session up, so one visit gives one answer. Answers keep no user, address or time,
 * and are not linked to the session.
 */
@Service
public class FeedbackDesk {

    /** How long a form session stays usable: enough to fill in the form calmly. */
    static final Duration SESSION = Duration.ofHours(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One person's answers. */
    public record Answers(String category, int usefulness, int feltHeard, int learnedAboutServices,
            boolean wouldRecommend, String freeText) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedbackDesk(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The form's public token for a meeting, made the first time someone asks for it. */
    @Transactional
    public String formOf(UUID meetingId) {
        jdbc.sql("insert into feedback_form (meeting_id, token) values (?, ?) on conflict (meeting_id) do nothing")
                .params(meetingId, randomToken()).update();
        return jdbc.sql("select token from feedback_form where meeting_id = ?").param(meetingId).query(String.class)
                .single();
    }

    public Optional<UUID> meetingOfForm(String token) {
        return jdbc.sql("select meeting_id from feedback_form where token = ?").param(token).query(UUID.class)
                .optional();
    }

    /** A new one-time session for the form; stale sessions are cleared on the way. */
    @Transactional
    public String openSession(UUID meetingId) {
        jdbc.sql("delete from feedback_session where expires_at < ?").param(Timestamp.from(clock.instant())).update();
        String session = randomToken();
        jdbc.sql("insert into feedback_session (nonce_hash, meeting_id, expires_at) values (?, ?, ?)")
                .params(hash(session), meetingId, Timestamp.from(clock.instant().plus(SESSION))).update();
        return session;
    }

    /** Stores the answers if the session is unused and belongs to this meeting's form; uses the session up. */
    @Transactional
    public void submit(UUID meetingId, String session, Answers answers) {
        int used = jdbc.sql("delete from feedback_session where nonce_hash = ? and meeting_id = ? and expires_at > ?")
                .params(hash(session), meetingId, Timestamp.from(clock.instant())).update();
        if (used == 0) {
            throw new ConflictException("Dette skjemaet er allerede sendt inn, eller det er for gammelt. Åpne lenken"
                    + " på nytt for å gi en ny tilbakemelding.");
        }
        jdbc.sql("""
                insert into feedback (id, meeting_id, category, usefulness, felt_heard, learned_about_services,
                    would_recommend, free_text) values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), meetingId, answers.category(), answers.usefulness(),
                        answers.feltHeard(), answers.learnedAboutServices(), answers.wouldRecommend(),
                        answers.freeText()).update();
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String value) {
        return Hashes.sha256Hex(value);
    }
}
