package no.lpp.moteplass.local.platform;

/**
 * Where one platform on this machine listens: the gateway (the components take the ports after it, see
 * {@link Component#port}), Keycloak, Kafka, the SMTP server and Zipkin. {@link #LOCAL} is the local platform's, which
 * docker-compose.yml and the chart use too (deploy/chart's tests check them against it); {@link #TESTS} is the tests'
 * (the build's shared Keycloak and the e2e platform), so tests never disturb a running local platform.
 */
public record Ports(int gateway, int keycloak, int keycloakManagement, int kafka, int kafkaController, int smtp,
        int zipkin) {

    public static final Ports LOCAL = new Ports(8080, 8180, 9000, 9092, 9093, 1025, 9411);
    public static final Ports TESTS = new Ports(18080, 18180, 19000, 19092, 19093, 18025, 19411);

    /** The local platform's mail catcher shows the caught emails here. */
    public static final int MAIL_WEB = 8025;
    /** The machine's own PostgreSQL and Redis: the launcher uses them, it does not start them. */
    public static final int POSTGRES = 5432;
    public static final int REDIS = 6379;

    /** A component's port in this platform. */
    public int of(Component component) {
        return component.port(gateway);
    }

    /** The address people (and links in emails) reach this platform at. */
    public String publicUrl() {
        return "http://localhost:" + gateway;
    }
}
