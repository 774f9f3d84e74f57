package no.lpp.moteplass.support.input;

import no.lpp.moteplass.support.problem.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * What a service accepts, decided once for every endpoint: request bodies are read strictly ({@link StrictValues}:
 * ISO dates within this century, known fields only, exact enum names, text without control characters),
 * query and path parameters name enum values and ids exactly ({@link StrictParameters}) and are checked like text
 * ({@link RequestParameterCheck}), and no body is larger than {@code moteplass.max-request-size}
 * ({@link RequestSizeLimit}). The application's own {@link JsonMapper} stays lenient: it also reads Kafka events and
 * stored JSON, which must keep accepting fields added later.
 */
@AutoConfiguration
public class InputSupport {

    /** The order of the input filters: inside the request's trace, before security and everything else. */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after Spring Boot's, so this JSON converter is the one used
    ServerHttpMessageConvertersCustomizer strictRequestJson(JsonMapper json) {
        JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(strict(json));
        return builder -> builder.withJsonConverter(converter);
    }

    /**
     * Numbers and booleans may come as strings ({@code "25"}, {@code "true"}): that is how a form's answers arrive
     * through the portal, and the value is the same. Nothing else is coerced: no number becomes text, a date, an enum
     * or a boolean, no fraction an integer.
     */
    static JsonMapper strict(JsonMapper json) {
        return json.rebuild()
                .addModule(StrictValues.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, anEnum -> anEnum
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, integer -> integer
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    @Bean
    WebMvcConfigurer strictParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new StrictParameters());
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ProblemResponses problems,
            @Value("${moteplass.max-request-size:1MB}") DataSize limit) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit, problems));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestParameterCheck> requestParameterCheck(ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new RequestParameterCheck(problems));
        registration.setOrder(FILTER_ORDER + 1);
        return registration;
    }
}
