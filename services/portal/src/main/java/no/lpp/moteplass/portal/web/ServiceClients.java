package no.lpp.moteplass.portal.web;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** One way to reach a service from the portal: a page fails soon with a clear message rather than hang. */
@Component
public class ServiceClients {

    private final RestClient.Builder builder;

    ServiceClients(RestClient.Builder builder) {
        this.builder = builder;
    }

    public RestClient to(String baseUrl) {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .build());
        factory.setReadTimeout(Duration.ofSeconds(10));
        return builder.clone().baseUrl(baseUrl).requestFactory(factory).build();
    }
}
