package no.lpp.moteplass.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a service's integration test ({@code @SpringBootTest(webEnvironment = RANDOM_PORT) @RealInfrastructure}) works
 * with: its API on the random port, the Kafka broker it uses, and its database.
 */
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;

    @BeforeEach
    void connectToTheService() {
        api = new Api("http://localhost:" + port);
    }
}
