package no.lpp.moteplass.support.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Query and path parameters that name an enum value or an id must do so exactly: {@code ACTIVE}, not
 * {@code "ACTIVE "} or {@code active}; a canonical UUID, not {@code 1-1-1-1-1}. Checked before binding, because
 * Spring's binder, when a strict converter refuses, falls back to property editors that trim enum names and read ids
 * in shortened forms. A refusal is the same 400 a type mismatch gives, naming the parameter.
 */
final class StrictParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        for (MethodParameter parameter : method.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (!type.isEnum() && type != UUID.class) {
                continue;
            }
            String name = nameOf(parameter);
            String[] values = parameter.hasParameterAnnotation(PathVariable.class)
                    ? (variables instanceof Map<?, ?> map && map.get(name) instanceof String value
                            ? new String[] {value} : null)
                    : parameter.hasParameterAnnotation(RequestParam.class) ? request.getParameterValues(name) : null;
            for (String value : values == null ? new String[0] : values) {
                if (!value.isEmpty() && !exact(type, value)) {
                    throw new MethodArgumentTypeMismatchException(value, type, name, parameter, null);
                }
            }
        }
        return true;
    }

    static boolean exact(Class<?> type, String value) {
        if (type == UUID.class) {
            return StrictValues.CANONICAL_UUID.matcher(value).matches();
        }
        return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> ((Enum<?>) constant).name().equals(value));
    }

    private static String nameOf(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        String given = param != null ? param.name() : variable != null ? variable.name() : "";
        return given.isEmpty() ? parameter.getParameterName() : given;
    }
}
