package no.lpp.moteplass.portal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Keycloak's key set and the services' APIs as the portal sees them, from one small HTTP server: the realm's public key
 * at {@code /certs}, an empty list for every list the staff home page reads, and a theme catalogue that takes a new
 * theme. Every request is kept, so a test can see what the portal passed on. Tokens are made here as Keycloak makes
 * them, and forged ones as someone without the realm's key would.
 */
final class ServicesStandIn implements AutoCloseable {

    static final String ISSUER = "http://keycloak.test/realms/moteplass";
    static final String AUDIENCE = "moteplass-api";

    /** What reached a service: method, path with query, the Authorization header, and the body. */
    record Call(String method, String path, String authorization, String traceparent, String body) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final RSAKey realmKey = key();
    private final HttpServer server;

    ServicesStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A token as the realm issues it to the gateway for a signed-in LPP administrator. */
    String genuineToken() {
        return token(realmKey, ISSUER, AUDIENCE, Instant.now().plusSeconds(300));
    }

    /** The same claims, signed with another key that claims to be the realm's (same key id). */
    String tokenWithAForgedSignature() {
        return token(key(), ISSUER, AUDIENCE, Instant.now().plusSeconds(300));
    }

    String tokenFromAnotherIssuer() {
        return token(realmKey, "http://keycloak.test/realms/elsewhere", AUDIENCE, Instant.now().plusSeconds(300));
    }

    String tokenForAnotherAudience() {
        return token(realmKey, ISSUER, "account", Instant.now().plusSeconds(300));
    }

    String expiredToken() {
        return token(realmKey, ISSUER, AUDIENCE, Instant.now().minusSeconds(600));
    }

    private static String token(RSAKey key, String issuer, String audience, Instant expires) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("kari")
                .expirationTime(Date.from(expires)).issueTime(Date.from(expires.minusSeconds(300)))
                .claim("name", "Kari Nordmann").claim("realm_access", Map.of("roles", List.of("lpp-admin")))
                .claim("organization", List.of("lpp")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("realm-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!path.equals("/certs")) {
            calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("traceparent"), body));
        }
        String json = switch (path.replaceAll("\\?.*", "")) {
            case "/certs" -> new JWKSet(realmKey.toPublicJWK()).toString();
            case "/public/meetings" -> "[]";
            default -> "{\"items\":[]}";
        };
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
