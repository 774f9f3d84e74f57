package no.lpp.moteplass.tracing;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.ObservationFilter;
import java.net.URI;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What spans may say. Spring Boot's OpenTelemetry tracing makes them, passes W3C {@code traceparent} on to every next
 * hop and exports them ({@link TracingDefaults} says where).
 */
@AutoConfiguration
public class TracingSupport {

    /** The observation keys that carry a whole address, paths with capability tokens included. */
    static final String[] ADDRESS_KEYS = {"http.url", "http.uri"};

    /**
     * A span keeps the route's template ({@code /public/registrations/{token}}), never the address itself: the links
     * in a relative's emails carry their manage and feedback tokens, and a trace store is no place for those. Where
     * there is no template (a gateway hop, a client call), only scheme, host and port are kept.
     */
    @Bean
    ObservationFilter addressesWithoutPaths() {
        return context -> {
            KeyValue template = context.getLowCardinalityKeyValue("uri");
            for (String key : ADDRESS_KEYS) {
                KeyValue address = context.getHighCardinalityKeyValue(key);
                if (address != null) {
                    context.addHighCardinalityKeyValue(KeyValue.of(key, template != null
                            && template.getValue().startsWith("/") ? template.getValue() : origin(address.getValue())));
                }
            }
            return context;
        };
    }

    static String origin(String address) {
        try {
            URI uri = URI.create(address);
            return uri.getHost() == null ? "" : uri.getScheme() + "://" + uri.getHost()
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
