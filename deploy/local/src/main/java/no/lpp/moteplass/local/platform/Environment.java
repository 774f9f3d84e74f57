package no.lpp.moteplass.local.platform;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment variables a platform started here gives its components: the names their application.yml read.
 * The launcher and the e2e platform build their environment from {@link #shared}; deploy/chart's tests check that
 * docker-compose.yml and the chart set the same variables (and {@link Component#urlVariable()} for each component).
 */
public final class Environment {

    public static final String SERVER_PORT = "SERVER_PORT";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String KEYCLOAK_ISSUER_URI = "KEYCLOAK_ISSUER_URI";
    public static final String DATABASE_URL = "SPRING_DATASOURCE_URL";
    public static final String DATABASE_USERNAME = "SPRING_DATASOURCE_USERNAME";
    public static final String DATABASE_PASSWORD = "SPRING_DATASOURCE_PASSWORD";
    public static final String SMTP_HOST = "SMTP_HOST";
    public static final String SMTP_PORT = "SMTP_PORT";
    /** Where people reach the platform: links in emails, the feedback QR code. */
    public static final String PUBLIC_URL = "MOTEPLASS_PUBLIC_URL";
    public static final String GATEWAY_PUBLIC_URL = "GATEWAY_PUBLIC_URL";
    public static final String ZIPKIN_ENDPOINT = "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT";
    public static final String TRACE_EXPORT_DELAY = "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY";
    /** Loads the demo register into an empty database; only the local platform sets it. */
    public static final String DEMO_DATA = "MOTEPLASS_DEMO_DATA";

    private Environment() {
    }

    /**
     * What every component of a platform on this machine is told: Kafka, Keycloak, the database login, the SMTP server
     * and the public address on {@code ports}, and where spans go. A new map, for the caller to add its own to.
     */
    public static Map<String, String> shared(Ports ports, String kafkaBootstrapServers, String keycloakIssuer,
            String databaseUser, String databasePassword, String spansEndpoint) {
        Map<String, String> env = new HashMap<>();
        env.put(KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrapServers);
        env.put(KEYCLOAK_ISSUER_URI, keycloakIssuer);
        env.put(DATABASE_USERNAME, databaseUser);
        env.put(DATABASE_PASSWORD, databasePassword);
        env.put(SMTP_HOST, "127.0.0.1");
        env.put(SMTP_PORT, String.valueOf(ports.smtp()));
        env.put(PUBLIC_URL, ports.publicUrl());
        env.put(ZIPKIN_ENDPOINT, spansEndpoint);
        return env;
    }
}
