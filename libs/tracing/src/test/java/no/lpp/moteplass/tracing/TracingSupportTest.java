package no.lpp.moteplass.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TracingSupportTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TracingSupport.class));

    @Test
    void spansGoToZipkinOnlyWhenAnEndpointIsConfigured() {
        context.run(without -> assertThat(without).doesNotHaveBean(SpanExporter.class));
        context.withPropertyValues("moteplass.tracing.zipkin-endpoint=http://localhost:9411/api/v2/spans")
                .run(with -> assertThat(with).getBean(SpanExporter.class).isInstanceOf(ZipkinSpanExporter.class));
    }

    /** Whatever an address holds after the host — a manage token, a feedback token, a query — never reaches a span. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            http.url | /public/registrations/{token} | /public/registrations/hemmelig-1 | /public/registrations/{token}
            http.url | -                             | /pamelding/hemmelig-2            | ''
            http.url | none                          | http://meeting:8083/public/registrations/hemmelig-3?x=1 | http://meeting:8083
            http.uri | -                             | http://localhost:8084/public/feedback/hemmelig-4 | http://localhost:8084
            http.uri | UNKNOWN                       | 'not an address: hemmelig-5'     | ''
            """)
    void addressesKeepTheirTemplateOrOnlyTheirOrigin(String key, String template, String address, String kept) {
        Observation.Context observed = new Observation.Context();
        if (template != null) {
            observed.addLowCardinalityKeyValue(KeyValue.of("uri", template));
        }
        observed.addHighCardinalityKeyValue(KeyValue.of(key, address));

        context.run(beans -> beans.getBean(ObservationFilter.class).map(observed));

        assertThat(observed.getHighCardinalityKeyValue(key).getValue()).isEqualTo(kept).doesNotContain("hemmelig");
    }
}
