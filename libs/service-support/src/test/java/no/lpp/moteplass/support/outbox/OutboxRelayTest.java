package no.lpp.moteplass.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lpp.moteplass.contracts.EventContract;
import no.lpp.moteplass.support.tracing.Traces;
import no.lpp.moteplass.testsupport.Kafka;
import no.lpp.moteplass.testsupport.Postgres;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox against real PostgreSQL and a real broker, and against a broker that is not there. */
class OutboxRelayTest {

    record Greeting(String id, String text) {
    }

    static final String TOPIC = "moteplass.test.greeting.v1";
    static final EventContract<Greeting> GREETING = new EventContract<>(TOPIC, "moteplass.test.greeting.said.v1",
            Greeting.class, Greeting::id);

    static final Traces UNTRACED = new Traces(Tracer.NOOP, Propagator.NOOP);

    static String databaseUrl;
    static DriverManagerDataSource dataSource;

    JdbcClient jdbc;
    TransactionTemplate transactions;

    @BeforeAll
    static void database() {
        databaseUrl = Postgres.server().createDatabase("outbox");
        dataSource = new DriverManagerDataSource(databaseUrl, Postgres.server().user(), Postgres.server().password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/support").load().migrate();
        new KafkaAdmin(Map.of("bootstrap.servers", Kafka.bootstrapServers()))
                .createOrModifyTopics(new NewTopic(TOPIC, 1, (short) 1));
    }

    @AfterAll
    static void dropDatabase() {
        Postgres.server().dropDatabase(databaseUrl);
    }

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.sql("delete from outbox_event").update();
    }

    @Test
    void eventsWaitWhileKafkaIsDownAndGoInOrderOnceItIsBack() {
        OutboxRelay unreachable = relay("localhost:9"); // nothing listens there
        Outbox outbox = new Outbox(jdbc, JsonMapper.builder().build(), Clock.systemUTC(), unreachable, UNTRACED);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = "greeting-" + i + "-" + UUID.randomUUID();
            ids.add(id);
            transactions.executeWithoutResult(status -> outbox.publish(GREETING, new Greeting(id, "hei")));
        }

        assertThat(unreachable.relayPending()).isZero();
        assertThat(pending()).isEqualTo(3);
        assertThat(jdbc.sql("select last_error from outbox_event order by position limit 1").query(String.class).single())
                .isNotBlank();

        assertThat(relay(Kafka.bootstrapServers()).relayPending()).isEqualTo(3);

        assertThat(pending()).isZero();
        List<String> received = new ArrayList<>();
        Kafka.awaitRecord(Kafka.bootstrapServers(), TOPIC, record -> {
            if (ids.contains(record.key())) {
                received.add(record.key());
            }
            return received.size() == ids.size();
        }, Duration.ofSeconds(20));
        assertThat(received).containsExactlyElementsOf(ids);
    }

    @Test
    void ofEventsCarryingOnlyTheLatestStateOnlyTheLastPerKeyIsSent() {
        EventContract<Greeting> count = new EventContract<>(TOPIC, "moteplass.test.greeting.counted.v1", Greeting.class,
                Greeting::id).asLatestState();
        OutboxRelay relay = relay(Kafka.bootstrapServers());
        Outbox outbox = new Outbox(jdbc, JsonMapper.builder().build(), Clock.systemUTC(), relay, UNTRACED);
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            for (int i = 1; i <= 5; i++) {
                outbox.publish(count, new Greeting(a, "a" + i));
                if (i <= 2) {
                    outbox.publish(count, new Greeting(b, "b" + i));
                }
            }
            outbox.publish(GREETING, new Greeting(a, "said once"));
            outbox.publish(GREETING, new Greeting(a, "said twice"));
        });

        assertThat(relay.relayPending()).isEqualTo(9);

        assertThat(pending()).isZero();
        assertThat(jdbc.sql("select count(*) from outbox_event where attempts = 0").query(Long.class).single())
                .as("superseded, never sent").isEqualTo(5);
        List<String> received = new ArrayList<>();
        Kafka.awaitRecord(Kafka.bootstrapServers(), TOPIC, record -> {
            if (record.key().equals(a) || record.key().equals(b)) {
                received.add(record.value());
            }
            return received.size() == 4;
        }, Duration.ofSeconds(20));
        assertThat(received).extracting(json -> json.replaceAll(".*\"text\": ?\"([^\"]*)\".*", "$1"))
                .containsExactly("b2", "a5", "said once", "said twice");
    }

    @Test
    void anEventWithoutATransactionIsRefused() {
        Outbox outbox = new Outbox(jdbc, JsonMapper.builder().build(), Clock.systemUTC(), relay(Kafka.bootstrapServers()),
                UNTRACED);
        var proxied = new org.springframework.aop.framework.ProxyFactory(outbox);
        proxied.addAdvice(new org.springframework.transaction.interceptor.TransactionInterceptor(
                new DataSourceTransactionManager(dataSource),
                new org.springframework.transaction.annotation.AnnotationTransactionAttributeSource()));
        Outbox transactional = (Outbox) proxied.getProxy();

        assertThatThrownBy(() -> transactional.publish(GREETING, new Greeting("lonely", "hei")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(pending()).isZero();
    }

    @Test
    void publishedEventsAreCleanedUpAfterTheirRetention() {
        Outbox outbox = new Outbox(jdbc, JsonMapper.builder().build(), Clock.systemUTC(), relay(Kafka.bootstrapServers()),
                UNTRACED);
        transactions.executeWithoutResult(status -> outbox.publish(GREETING, new Greeting("old-" + UUID.randomUUID(), "hei")));
        OutboxRelay relay = relay(Kafka.bootstrapServers());
        relay.relayPending();

        assertThat(relay.deletePublishedBefore(Instant.now().minusSeconds(3600))).isZero();
        assertThat(relay.deletePublishedBefore(Instant.now().plusSeconds(1))).isEqualTo(1);
    }

    private long pending() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
    }

    private OutboxRelay relay(String bootstrapServers) {
        var producers = new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000));
        var properties = new OutboxProperties(Duration.ofSeconds(1), 100, Duration.ofSeconds(3), Duration.ofDays(7));
        return new OutboxRelay(jdbc, transactions, new KafkaTemplate<>(producers), "/moteplass/test", properties,
                new SimpleMeterRegistry(), UNTRACED);
    }
}
