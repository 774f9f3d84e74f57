package no.lpp.moteplass.meeting.notification;

import static no.lpp.moteplass.meeting.MeetingFixture.admin;
import static no.lpp.moteplass.meeting.MeetingFixture.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import no.lpp.moteplass.meeting.MailServer;
import no.lpp.moteplass.meeting.MeetingFixture;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Mails;
import no.lpp.moteplass.testsupport.RealInfrastructure;
import no.lpp.moteplass.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The emails registrants get, read from a real SMTP server, with their calendar attachments parsed by ical4j. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class NotificationTest extends ServiceTest {

    private static final Pattern MANAGE_LINK = Pattern.compile("http://localhost:8080/pamelding/([\\w-]+)"); // the portal's page

    @Autowired
    NotificationSender sender;

    MeetingFixture fixture;

    @BeforeEach
    void setUp() {
        MailServer.running();
        fixture = new MeetingFixture(api, jdbc, kafka);
    }

    @Test
    void theConfirmationArrivesInNorwegianWithAValidCalendarFileAndAWorkingManageLink() throws Exception {
        String meeting = fixture.published(fixture.team("READY", true), 20);
        String email = unique("kari");

        Api.Response registered = register(meeting, "Kari Nordmann", email);

        MimeMessage confirmation = MailServer.awaitMessagesTo(email, 1).getFirst();
        assertThat(confirmation.getSubject()).isEqualTo("Du er påmeldt: Barn som pårørende");
        String text = text(confirmation);
        assertThat(text).contains("Hei Kari Nordmann", "Tema: Barn som pårørende", "kl. 18.00–20.30",
                "Haukeland universitetssjukehus", "servering", "sletter dem automatisk 30 dager etter møtet");
        Matcher link = MANAGE_LINK.matcher(text);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo(registered.json().get("manageToken").asString());
        assertThat(api.get("/public/registrations/" + link.group(1), null).json().get("status").asString())
                .isEqualTo("CONFIRMED");
        VEvent event = onlyEvent(calendar(confirmation));
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(meeting + "@moteplass.lpp.no");
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).contains("T180000");
        assertThat(jdbc.sql("select count(*) from notification where manage_token is not null").query(Long.class)
                .single()).as("the token is not kept once the confirmation is sent").isZero();
    }

    @Test
    void theWaitingListIsToldAndThePromotedPersonGetsASeatWithTheCalendarFile() throws Exception {
        String meeting = fixture.published(fixture.team("READY", true), 1);
        String first = unique("forste");
        String second = unique("andre");
        String firstToken = register(meeting, "Første", first).json().get("manageToken").asString();
        register(meeting, "Andre", second);
        assertThat(MailServer.awaitMessagesTo(second, 1).getFirst().getSubject()).startsWith("Du står på venteliste");
        assertThat(MailServer.messagesTo(second).getFirst().getContentType()).startsWith("text/plain");

        api.delete("/public/registrations/" + firstToken, null, null);

        MimeMessage promoted = MailServer.awaitMessagesTo(second, 2).get(1);
        assertThat(promoted.getSubject()).isEqualTo("Du har fått plass: Barn som pårørende");
        assertThat(onlyEvent(calendar(promoted)).getUid().orElseThrow().getValue()).startsWith(meeting);
    }

    @Test
    void reschedulingAndCancellingTellEveryRegistrantAndRaiseTheSequence() throws Exception {
        String meeting = fixture.published(fixture.team("READY", true), 1);
        String seated = unique("plass");
        String waiting = unique("venter");
        register(meeting, "Med plass", seated);
        register(meeting, "På venteliste", waiting);
        MailServer.awaitMessagesTo(waiting, 1);
        LocalDate newDay = LocalDate.now().plusDays(21);

        Api.Response moved = api.put("/api/meetings/meetings/" + meeting + "/schedule", admin(), etag(meeting),
                Api.json(Map.of("date", newDay.toString(), "startTime", "17:30", "venueName", "Bergen bibliotek",
                        "venueAddress", "Strømgaten 6, 5015 Bergen")));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        MimeMessage movedNotice = MailServer.awaitMessagesTo(seated, 2).get(1);
        assertThat(movedNotice.getSubject()).startsWith("Endret tid eller sted");
        assertThat(text(movedNotice)).contains("kl. 17.30–20.00", "Bergen bibliotek");
        VEvent movedEvent = onlyEvent(calendar(movedNotice));
        assertThat(movedEvent.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(movedEvent.getProperty("DTSTART").orElseThrow().getValue()).startsWith(newDay.toString().replace("-", "") + "T173000");
        assertThat(MailServer.awaitMessagesTo(waiting, 2).get(1).getSubject()).startsWith("Endret tid eller sted");

        api.postEmpty("/api/meetings/meetings/" + meeting + "/cancellation", admin(), etag(meeting));

        MimeMessage cancelled = MailServer.awaitMessagesTo(seated, 3).get(2);
        assertThat(cancelled.getSubject()).isEqualTo("Avlyst: Barn som pårørende");
        VEvent cancelledEvent = onlyEvent(calendar(cancelled));
        assertThat(cancelledEvent.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelledEvent.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(MailServer.awaitMessagesTo(waiting, 3).get(2).getSubject()).startsWith("Avlyst");
    }

    @Test
    void aReminderGoesOutTwoDaysBeforeOncePerSchedule() throws Exception {
        String meeting = fixture.published(fixture.team("READY", true), 10);
        String email = unique("paminnelse");
        register(meeting, "Påminnes", email);
        MailServer.awaitMessagesTo(email, 1);
        // Time passes: the meeting is now a day and a half away, and the registration was made a week ago.
        jdbc.sql("update meeting set starts_at = now() + interval '36 hours' where id = cast(? as uuid)")
                .param(meeting).update();
        jdbc.sql("update registration set registered_at = now() - interval '7 days' where email = ?").param(email)
                .update();

        sender.queueReminders();
        sender.queueReminders();

        MimeMessage reminder = MailServer.awaitMessagesTo(email, 2).get(1);
        assertThat(reminder.getSubject()).startsWith("Påminnelse: Barn som pårørende");
        assertThat(jdbc.sql("select count(*) from notification where kind = 'REMINDER'").query(Long.class).single())
                .as("queued once, however often the job runs").isEqualTo(1);
    }

    @Test
    void aMailServerThatIsDownDelaysTheConfirmationButDoesNotLoseIt() {
        String meeting = fixture.published(fixture.team("READY", true), 10);
        String email = unique("nede");

        MailServer.outage(() -> {
            register(meeting, "Tålmodig", email);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    select attempts from notification n join registration r on r.id = n.registration_id
                    where r.email = ?""").param(email).query(Integer.class).single() >= 2);
        });

        assertThat(MailServer.awaitMessagesTo(email, 1)).hasSize(1);
        // The message reaches the SMTP server just before the sender's transaction records it as sent.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                select outcome from notification n join registration r on r.id = n.registration_id where r.email = ?
                """).param(email).query(String.class).optional()).contains("SENT"));
    }

    @Test
    void aBurstOfConfirmationsLargerThanABatchReachesEveryoneExactlyOnce() {
        String meeting = fixture.published(fixture.team("READY", true), 200);
        List<String> emails = java.util.stream.IntStream.range(0, 120).mapToObj(i -> unique("mengde" + i)).toList();

        emails.forEach(email -> register(meeting, "Mange", email));

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                select count(*) from notification n join registration r on r.id = n.registration_id
                where r.meeting_id = cast(? as uuid) and n.outcome = 'SENT'
                """).param(meeting).query(Long.class).single() == emails.size());
        assertThat(emails).allSatisfy(email -> assertThat(MailServer.messagesTo(email)).hasSize(1));
    }

    @Test
    void someoneWhoGaveOnlyAMobileNumberIsRegisteredWithoutAnEmail() {
        String meeting = fixture.published(fixture.team("READY", true), 10);
        Map<String, Object> body = relative("Bare mobil", null);
        body.remove("email");
        body.put("mobile", "91234567");

        assertThat(api.post("/public/meetings/" + meeting + "/registrations", null, Api.json(body)).status())
                .isEqualTo(201);
        assertThat(jdbc.sql("""
                select count(*) from notification n join registration r on r.id = n.registration_id
                where r.mobile = '91234567'""").query(Long.class).single()).isZero();
    }

    private Api.Response register(String meeting, String name, String email) {
        Api.Response response = api.post("/public/meetings/" + meeting + "/registrations", null,
                Api.json(relative(name, email)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private String etag(String meeting) {
        return api.get("/api/meetings/meetings/" + meeting, admin()).header("ETag").orElseThrow();
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.no";
    }

    static String text(MimeMessage message) {
        return Mails.text(message);
    }

    static Calendar calendar(MimeMessage message) throws Exception {
        Mails.Attachment ics = Mails.attachment(message, "moteplass.ics").orElseThrow();
        assertThat(ics.contentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(ics.content()));
    }

    static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }
}
