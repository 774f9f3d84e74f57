package no.lpp.moteplass.support.input;

import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * How query and path parameters become enums and ids: exactly as written. Spring's own converters trim enum names
 * ({@code "PARENT "} would pass) and read ids in shortened forms ({@code 1-1-1-1-1}).
 */
final class StrictParameters {

    private StrictParameters() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class ToEnum implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            Class<?> enumType = type;
            while (enumType != null && !enumType.isEnum()) {
                enumType = enumType.getSuperclass();
            }
            Class target = enumType;
            return source -> source.isEmpty() ? null : (T) Enum.valueOf(target, source);
        }
    }

    static final class ToUuid implements Converter<String, UUID> {

        @Override
        public UUID convert(String source) {
            if (source.isEmpty()) {
                return null;
            }
            if (!StrictValues.CANONICAL_UUID.matcher(source).matches()) {
                throw new IllegalArgumentException("Not a canonical UUID");
            }
            return UUID.fromString(source);
        }
    }
}
