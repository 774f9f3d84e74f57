package no.lpp.moteplass.gateway;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits how often one address may post to a public endpoint (registration, feedback) in a fixed window, counted in
 * Redis so every gateway replica shares the count. Past the limit: 429 with a problem detail and {@code Retry-After}.
 * The key holds a hash of the address, never the address, and lives only for the window. If Redis is unreachable the
 * request goes through: a relative must not be stopped from registering because a counter is down.
 */
@Component
public class PublicRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<PublicRateLimitGatewayFilterFactory.Config> {

    private static final Logger log = LoggerFactory.getLogger(PublicRateLimitGatewayFilterFactory.class);

    /**
     * @param limit  requests allowed per address and window
     * @param window the window's length
     */
    public record Config(int limit, Duration window) {
    }

    private final ReactiveStringRedisTemplate redis;
    private final Problems problems;
    private final String namespace;
    private final Clock clock = Clock.systemUTC();

    PublicRateLimitGatewayFilterFactory(ReactiveStringRedisTemplate redis, Problems problems,
            @Value("${moteplass.rate-limit.namespace:moteplass}") String namespace) {
        super(Config.class);
        this.redis = redis;
        this.problems = problems;
        this.namespace = namespace;
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> {
            var route = exchange.<org.springframework.cloud.gateway.route.Route>getAttribute(
                    ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            long windowMillis = config.window().toMillis();
            long window = clock.millis() / windowMillis;
            String key = namespace + ":rate:" + (route == null ? "?" : route.getId()) + ":"
                    + hash(address(exchange.getRequest().getRemoteAddress())) + ":" + window;
            return redis.opsForValue().increment(key)
                    .flatMap(count -> count == 1 ? redis.expire(key, config.window()).thenReturn(count)
                            : Mono.just(count))
                    .onErrorResume(e -> TraceLogged.then(() -> log.warn(
                            "Rate limit not checked (Redis unavailable), letting the request through: {}",
                            e.toString()), 0L))
                    .flatMap(count -> {
                        if (count <= config.limit()) {
                            return chain.filter(exchange);
                        }
                        long retryAfter = Math.max(1, ((window + 1) * windowMillis - clock.millis()) / 1000);
                        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(retryAfter));
                        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Du har sendt for mange"
                                + " skjemaer på kort tid. Vent litt og prøv igjen.");
                    });
        };
    }

    private static String address(InetSocketAddress remote) {
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
