package no.lpp.moteplass.team.training;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Course types, sessions and enrolments: the tables of LPP's training. */
@Repository
public class Courses {

    private final JdbcClient jdbc;

    Courses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CourseType> courseTypes(int limit, long offset) {
        return jdbc.sql("select * from course_type order by name, id limit ? offset ?").params(limit, offset)
                .query(Courses::courseType).list();
    }

    public long courseTypeCount() {
        return jdbc.sql("select count(*) from course_type").query(Long.class).single();
    }

    public Optional<CourseType> courseType(UUID id) {
        return jdbc.sql("select * from course_type where id = ?").param(id).query(Courses::courseType).optional();
    }

    void addCourseType(CourseType type) {
        jdbc.sql("""
                insert into course_type (id, code, name, description, certification_type, valid_months)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(type.id(), type.code(), type.name(), type.description(), type.certificationType(),
                        type.validMonths())
                .update();
    }

    void addSession(CourseSession session) {
        jdbc.sql("""
                insert into course_session (id, course_type_id, starts_at, place, online_link, trainer, capacity,
                    status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(session.id(), session.courseTypeId(), Timestamp.from(session.startsAt()), session.place(),
                        session.onlineLink(), session.trainer(), session.capacity(), session.status().name(),
                        Timestamp.from(session.createdAt()))
                .update();
    }

    public Optional<CourseSession> session(UUID id) {
        return jdbc.sql("select * from course_session where id = ?").param(id).query(Courses::session).optional();
    }

    /** Locks the session so enrolments on it are decided one at a time: capacity is never exceeded. */
    Optional<CourseSession> lockSession(UUID id) {
        return jdbc.sql("select * from course_session where id = ? for update").param(id)
                .query(Courses::session).optional();
    }

    public List<CourseSession> sessions(int limit, long offset) {
        return jdbc.sql("select * from course_session order by starts_at, id limit ? offset ?").params(limit, offset)
                .query(Courses::session).list();
    }

    public long sessionCount() {
        return jdbc.sql("select count(*) from course_session").query(Long.class).single();
    }

    void completeSession(UUID id, java.time.LocalDate on) {
        jdbc.sql("update course_session set status = 'COMPLETED', completed_on = ? where id = ?")
                .params(Date.valueOf(on), id).update();
    }

    public List<Enrolment> enrolments(UUID sessionId) {
        return jdbc.sql("select * from enrolment where session_id = ? order by enrolled_at, person_id").param(sessionId)
                .query(Courses::enrolment).list();
    }

    Optional<Enrolment> enrolment(UUID sessionId, UUID personId) {
        return jdbc.sql("select * from enrolment where session_id = ? and person_id = ?").params(sessionId, personId)
                .query(Courses::enrolment).optional();
    }

    long enrolled(UUID sessionId) {
        return jdbc.sql("select count(*) from enrolment where session_id = ? and status = 'ENROLLED'").param(sessionId)
                .query(Long.class).single();
    }

    void saveEnrolment(Enrolment enrolment) {
        jdbc.sql("""
                insert into enrolment (session_id, person_id, status, enrolled_at, attended) values (?, ?, ?, ?, ?)
                on conflict (session_id, person_id) do update
                    set status = excluded.status, enrolled_at = excluded.enrolled_at, attended = excluded.attended
                """)
                .params(enrolment.sessionId(), enrolment.personId(), enrolment.status().name(),
                        Timestamp.from(enrolment.enrolledAt()), enrolment.attended())
                .update();
    }

    private static CourseType courseType(ResultSet rs, int row) throws SQLException {
        return new CourseType(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), rs.getString("certification_type"), rs.getInt("valid_months"));
    }

    private static CourseSession session(ResultSet rs, int row) throws SQLException {
        Date completed = rs.getDate("completed_on");
        return new CourseSession(rs.getObject("id", UUID.class), rs.getObject("course_type_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(), rs.getString("place"), rs.getString("online_link"),
                rs.getString("trainer"), rs.getInt("capacity"), SessionStatus.valueOf(rs.getString("status")),
                completed == null ? null : completed.toLocalDate(), rs.getTimestamp("created_at").toInstant());
    }

    private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        return new Enrolment(rs.getObject("session_id", UUID.class), rs.getObject("person_id", UUID.class),
                EnrolmentStatus.valueOf(rs.getString("status")), rs.getTimestamp("enrolled_at").toInstant(),
                rs.getBoolean("attended"));
    }
}
