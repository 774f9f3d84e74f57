package no.lpp.moteplass.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.lpp.moteplass.local.platform.JvmOptions;
import no.lpp.moteplass.local.platform.ServiceProcess;
import no.lpp.moteplass.testsupport.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The figures of a meeting announced nationally, measured on the running platform and side by side with references
 * (pgbench of the same statements, nginx serving the same listing). Not part of {@code ./mvnw verify}: run by
 * {@code deploy/bench/platform-benchmark.sh}, which starts the components with production JVM options and has the
 * tools (wrk, nginx, pgbench) ready. It prints its figures; it asserts nothing about speed.
 */
@ExtendWith(RunningPlatform.class)
class PlatformBenchmark {

    private static final int CAPACITY = 500;
    private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 5_000);
    private static final int CONNECTIONS = 16;
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 3_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int GATEWAY_PORT = 18090;
    private static final int NGINX_PORT = 18091;
    private static final String THEME = "5e000000-0000-4000-8000-000000000002";

    private final HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final List<String> report = new ArrayList<>();

    @Test
    void aMeetingAnnouncedNationally() throws Exception {
        String meetings = RunningPlatform.databases().get("meeting-service");
        String knowledge = RunningPlatform.databases().get("knowledge-service");
        UUID team = UUID.randomUUID();
        List<UUID> listed = new ArrayList<>();
        try (Connection db = connect(meetings)) {
            execute(db, "insert into known_team (id, name, locality, status, host_organization_ids, professional_ids,"
                    + " as_of) values ('" + team + "', 'Team Vestland', 'Bergen', 'READY', '{}', '{}', now())");
            for (int i = 0; i < 40; i++) {
                listed.add(publishedMeeting(db, team));
            }
        }
        ServiceProcess gateway = RunningPlatform.startGateway(GATEWAY_PORT, Map.of("MOTEPLASS_PUBLIC_RATE_LIMIT",
                "100000000", "MOTEPLASS_RATE_LIMIT_NAMESPACE", "bench-" + UUID.randomUUID()));
        String direct = "http://localhost:" + RunningPlatform.port(no.lpp.moteplass.local.platform.Component.MEETING);
        try {
            line("JVM options of every component: " + System.getProperty("moteplass.platform.jvm-options",
                    String.join(" ", JvmOptions.OPTIONS) + " (JvmOptions, as in the image and the chart)"));
            line("");
            // Both JITs (C2) are still compiling for minutes after a start on two cores: measure warm code, as served.
            try (Connection db = connect(meetings)) {
                UUID warmUp = publishedMeeting(db, team);
                load(direct, warmUp, WARM_UP);
                load(gateway.url(), warmUp, WARM_UP);
            }
            wrk(direct + "/public/meetings?teamId=" + team, CONNECTIONS, 20);
            wrk(gateway.url() + "/public/meetings?teamId=" + team, CONNECTIONS, 20);
            line(String.format("%-44s %9s %8s %8s %7s %9s", "registrations on one meeting (16 at a time)", "per s",
                    "p50 ms", "p99 ms", "errors", "oversold"));
            registrations(direct, meetings, listed.get(0), "directly at meeting-service");
            registrations(gateway.url(), meetings, listed.get(1), "through the gateway");
            pgbench(meetings, listed.get(2));
            line("");
            burst(gateway.url(), meetings, knowledge, team);
            line("");
            drainEmails(meetings); // the registrations' confirmations, so they do not share the CPU with what follows
            listing(direct, gateway.url(), team);
            line("");
            emails(meetings, listed.get(0));
            line("");
            memory(gateway);
        } finally {
            gateway.stop();
            System.out.println();
            report.forEach(System.out::println);
            Path out = Path.of(System.getProperty("moteplass.root"), "e2e/target/platform-benchmark.txt");
            Files.write(out, report);
        }
    }

    /** What {@link #load} measured: each registration's latency and when it finished, and how many failed. */
    private record Load(long started, long ended, long[] micros, long[] finished, int errors) {
    }

    /** {@code count} relatives register for one meeting, 16 at a time. */
    private Load load(String base, UUID meeting, int count) throws InterruptedException {
        long[] micros = new long[count];
        long[] finished = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < CONNECTIONS; w++) {
            workers.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    int status = register(base, meeting, "bench-" + i).statusCode();
                    finished[i] = System.nanoTime();
                    micros[i] = (finished[i] - t0) / 1_000;
                    if (status != 201) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Load(started, System.nanoTime(), micros, finished, errors.get());
    }

    /** {@link #REGISTRATIONS} relatives register for one meeting, 16 at a time; the first 500 against the last. */
    private void registrations(String base, String meetings, UUID meeting, String label) throws Exception {
        Load load = load(base, meeting, REGISTRATIONS);
        double seconds = (load.ended() - load.started()) / 1e9;
        long[] sorted = load.micros().clone();
        Arrays.sort(sorted);
        long[] ends = load.finished().clone();
        Arrays.sort(ends);
        double first = 500 / ((ends[499] - load.started()) / 1e9);
        double last = 500 / ((ends[REGISTRATIONS - 1] - ends[REGISTRATIONS - 501]) / 1e9);
        line(String.format("%-44s %9.0f %8.1f %8.1f %7d %9d", label, REGISTRATIONS / seconds,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0, load.errors(),
                Math.max(0, confirmed(meetings, meeting) - CAPACITY)));
        line(String.format("%-44s %9s first 500: %.0f/s, last 500: %.0f/s (cost of the last %.2f× the first)", "",
                "", first, last, first / last));
    }

    /** The statements one registration makes, run by pgbench on the same database: the floor for the service. */
    private void pgbench(String meetings, UUID meeting) throws Exception {
        Path script = Files.createTempFile("registration", ".sql");
        Files.writeString(script, """
                \\set r random(1, 9000000000000000000)
                \\set e random(1, 9000000000000000000)
                begin;
                select * from meeting where id = '%1$s' for share;
                select * from theme where id = '%2$s';
                insert into registration (id, meeting_id, category, relation, name, email, consent_at, status,
                    registered_at, manage_token_hash) values (md5(:r::text)::uuid, '%1$s', 'RELATIVE', 'PARENT',
                    'Benk', 'pgbench-' || :r || '@example.no', now(), 'WAITLISTED', now(),
                    md5(:r::text));
                insert into notification (id, registration_id, kind, sequence, created_at, due_at, sent_at, outcome)
                    values (gen_random_uuid(), md5(:r::text)::uuid, 'CONFIRMATION', 0, now(), now(), now(), 'BENCH');
                insert into outbox_event (id, topic, event_key, event_type, payload, occurred_at, published_at)
                    values (md5(:e::text)::uuid, 'bench', '%1$s', 'bench', '{"confirmed": 0, "waitlisted": 0}', now(), now());
                with decided as (
                    insert into seat_count as s (meeting_id, confirmed, confirmed_professionals, waitlisted, last_got_seat)
                    values ('%1$s', 1, 0, 0, true)
                    on conflict (meeting_id) do update
                    set (confirmed, confirmed_professionals, waitlisted, last_got_seat) = (
                        select s.confirmed + next.seat, s.confirmed_professionals, s.waitlisted + 1 - next.seat,
                               next.seat = 1
                        from (select case when s.confirmed < %3$d then 1 else 0 end as seat) next)
                    returning confirmed, waitlisted, last_got_seat
                ), counted as (
                    update outbox_event e set payload = e.payload
                        || jsonb_build_object('confirmed', decided.confirmed, 'waitlisted', decided.waitlisted)
                    from decided where e.id = md5(:e::text)::uuid)
                update registration r set status = case when decided.last_got_seat then 'CONFIRMED' else 'WAITLISTED' end
                from decided where r.id = md5(:r::text)::uuid returning decided.confirmed;
                commit;
                """.formatted(meeting, THEME, CAPACITY));
        String database = meetings.substring(meetings.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        Process pgbench = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-U", Postgres.server().user(), "-n",
                "-c", String.valueOf(CONNECTIONS), "-j", "2", "-t", String.valueOf(REGISTRATIONS / CONNECTIONS), "-r",
                "-f", script.toString(), database).redirectErrorStream(true).start();
        String out = new String(pgbench.getInputStream().readAllBytes());
        pgbench.waitFor();
        String tps = out.lines().filter(l -> l.startsWith("tps")).findFirst().orElse("tps = ? (pgbench failed: "
                + out.strip() + ")");
        String latency = out.lines().filter(l -> l.startsWith("latency average")).findFirst().orElse("");
        line(String.format("%-44s %9s %s", "pgbench, the same statements", tps.replaceAll("tps = ([0-9.]+).*", "$1")
                .replaceAll("\\..*", ""), latency));
    }

    /** 500 at once for a meeting with 30 seats, through the gateway; then how late knowledge-service hears of it. */
    private void burst(String gateway, String meetings, String knowledge, UUID team) throws Exception {
        UUID meeting;
        try (Connection db = connect(meetings)) {
            meeting = publishedMeeting(db, team, 30);
        }
        CountDownLatch go = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicLong lastAnswer = new AtomicLong();
        List<Thread> people = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String who = "burst-" + i;
            people.add(Thread.ofVirtual().start(() -> {
                awaitQuietly(go);
                statuses.merge(register(gateway, meeting, who).statusCode(), 1, Integer::sum);
                lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        for (Thread person : people) {
            person.join();
        }
        Instant answered = Instant.now();
        long fiveHundreds = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue)
                .sum();
        line(String.format("500 registrations at once through the gateway: all answered in %d ms, answers %s,"
                + " %d × 5xx, %d confirmed of 30 seats", (lastAnswer.get() - started) / 1_000_000, statuses,
                fiveHundreds, confirmed(meetings, meeting)));
        line(String.format("event lag: knowledge-service applied the meeting's last count %s after the last answer",
                lag(meetings, knowledge, meeting, answered)));
    }

    /** The public listing: nginx serving the same bytes, the service directly, the gateway; 1 and 16 connections. */
    private void listing(String direct, String gateway, UUID team) throws Exception {
        String path = "/public/meetings?teamId=" + team;
        Path www = Files.createTempDirectory("listing");
        Files.createDirectories(www.resolve("public"));
        Files.writeString(www.resolve("public/meetings"), client.send(HttpRequest.newBuilder(URI.create(direct + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        // nginx's workers run as an unprivileged user
        var open = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x");
        Files.setPosixFilePermissions(www, open);
        Files.setPosixFilePermissions(www.resolve("public"), open);
        Files.setPosixFilePermissions(www.resolve("public/meetings"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path conf = www.resolve("nginx.conf");
        Files.writeString(conf, """
                daemon off; worker_processes 1; pid %1$s/nginx.pid; error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http { access_log off; server { listen 127.0.0.1:%2$d; root %1$s;
                  location / { default_type application/json; try_files /public/meetings =404; } } }
                """.formatted(www, NGINX_PORT));
        Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", www.toString())
                .redirectErrorStream(true).redirectOutput(www.resolve("nginx.out").toFile()).start();
        try {
            Thread.sleep(500);
            line(String.format("%-44s %9s %8s %8s %7s", "public listing (40 meetings, JSON)", "req/s", "p50 ms",
                    "p99 ms", "non-2xx"));
            for (int connections : new int[] {1, 16}) {
                wrk("nginx, the same bytes", "http://127.0.0.1:" + NGINX_PORT + path, connections);
                wrk("meeting-service directly", direct + path, connections);
                wrk("through the gateway", gateway + path, connections);
            }
        } finally {
            nginx.destroy();
        }
    }

    private void wrk(String label, String url, int connections) throws Exception {
        String out = wrk(url, connections, SECONDS);
        line(String.format("%-44s %9s %8s %8s %7s", label + " (" + connections + " conn.)",
                field(out, "Requests/sec:\\s+([0-9.]+)").replaceAll("\\..*", ""), millis(field(out, "\\s50%\\s+(\\S+)")),
                millis(field(out, "\\s99%\\s+(\\S+)")), field(out, "Non-2xx or 3xx responses:\\s+(\\d+)", "0")));
    }

    private static void drainEmails(String meetings) throws Exception {
        try (Connection db = connect(meetings)) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (Instant.now().isBefore(deadline)
                    && count(db, "select count(*) from notification where sent_at is null") > 0) {
                Thread.sleep(500);
            }
        }
    }

    /** 2,000 emails queued at once (a reschedule told to everyone registered): how fast they reach the SMTP server. */
    private void emails(String meetings, UUID meeting) throws Exception {
        try (Connection db = connect(meetings)) {
            Instant queued = Instant.now();
            execute(db, """
                    insert into notification (id, registration_id, kind, sequence, created_at, due_at)
                    select gen_random_uuid(), id, 'RESCHEDULE', 0, now(), now() from registration
                    where meeting_id = '%s' and email is not null limit 2000""".formatted(meeting));
            drainEmails(meetings);
            try (var query = db.prepareStatement("""
                    select count(*) filter (where outcome = 'SENT'), max(sent_at) from notification
                    where kind = 'RESCHEDULE' and created_at >= ?""")) {
                query.setTimestamp(1, Timestamp.from(queued.minusSeconds(1)));
                try (var row = query.executeQuery()) {
                    row.next();
                    double seconds = Duration.between(queued, row.getTimestamp(2).toInstant()).toMillis() / 1000.0;
                    line(String.format("emails: %d queued at once, all accepted by the local SMTP server after %.1f s:"
                            + " %.0f/s", row.getLong(1), seconds, row.getLong(1) / seconds));
                }
            }
        }
    }

    private String lag(String meetings, String knowledge, UUID meeting, Instant answered) throws Exception {
        try (Connection db = connect(meetings); Connection heard = connect(knowledge)) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (Instant.now().isBefore(deadline)) {
                try (var last = db.prepareStatement("select id, published_at from outbox_event where event_key = ?"
                        + " order by position desc limit 1")) {
                    last.setString(1, meeting.toString());
                    try (var row = last.executeQuery()) {
                        if (row.next() && row.getTimestamp(2) != null) {
                            try (var applied = heard.prepareStatement("select processed_at from inbox_processed_event"
                                    + " where event_id = ?")) {
                                applied.setString(1, row.getString(1));
                                try (var at = applied.executeQuery()) {
                                    if (at.next()) {
                                        Timestamp when = at.getTimestamp(1);
                                        return Math.max(0, Duration.between(answered, when.toInstant()).toMillis())
                                                + " ms";
                                    }
                                }
                            }
                        }
                    }
                }
                Thread.sleep(100);
            }
            return "more than 2 minutes";
        }
    }

    private HttpResponse<String> register(String base, UUID meeting, String who) {
        String body = """
                {"category":"RELATIVE","relation":"PARENT","name":"Benk %1$s","email":"%1$s-%2$s@example.no",\
                "consent":true}""".formatted(who, UUID.randomUUID());
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/public/meetings/" + meeting
                    + "/registrations")).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID publishedMeeting(Connection db, UUID team) throws SQLException {
        return publishedMeeting(db, team, CAPACITY);
    }

    private static UUID publishedMeeting(Connection db, UUID team, int capacity) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(db, """
                insert into meeting (id, team_id, theme_id, title, venue_name, venue_address, starts_at, facilitator_ids,
                    capacity, status, created_at, created_by, changed_at, version, published_at)
                values ('%s', '%s', '%s', 'Pårørende MØTEPLASS', 'Haukeland universitetssjukehus',
                    'Haukelandsveien 22, 5021 Bergen', now() + interval '30 days', '{%s,%s}', %d, 'PUBLISHED', now(),
                    'benchmark', now(), 1, now())""".formatted(id, team, THEME, UUID.randomUUID(), UUID.randomUUID(),
                capacity));
        return id;
    }

    private static int confirmed(String url, UUID meeting) throws SQLException {
        try (Connection db = connect(url)) {
            return (int) count(db, "select count(*) from registration where status = 'CONFIRMED' and meeting_id = '"
                    + meeting + "'");
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var query = db.createStatement().executeQuery(sql)) {
            query.next();
            return query.getLong(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, Postgres.server().user(), Postgres.server().password());
    }

    private static String field(String text, String regex) {
        return field(text, regex, "?");
    }

    private static String field(String text, String regex, String otherwise) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    private static String wrk(String url, int connections, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + seconds + "s", "--latency", url).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        return out;
    }

    /** wrk's latencies (like 812.00us, 1.20ms, 2.01s) in milliseconds. */
    private static String millis(String wrk) {
        var matcher = java.util.regex.Pattern.compile("([0-9.]+)(us|ms|s)").matcher(wrk);
        if (!matcher.matches()) {
            return wrk;
        }
        double value = Double.parseDouble(matcher.group(1));
        double ms = switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        return String.format("%.2f", ms);
    }

    /** Each component's resident memory now, after all of the above: what its container limit must hold. */
    private void memory(ServiceProcess benchGateway) {
        StringBuilder rss = new StringBuilder("RSS after the load (MiB):");
        for (no.lpp.moteplass.local.platform.Component component : no.lpp.moteplass.local.platform.Component.ALL) {
            rss.append(' ').append(component.name()).append(' ').append(RunningPlatform.process(component).rssMib());
        }
        line(rss.append(", the benchmark's gateway ").append(benchGateway.rssMib()).toString());
    }

    private void line(String text) {
        System.out.println("[bench] " + text);
        report.add(text);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
