package no.lpp.moteplass.support.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.lpp.moteplass.support.problem.RejectedInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a request body's scalar values are read: text by {@link Text}'s rules, dates and times only as ISO-8601
 * strings (never numbers or arrays, which Jackson would otherwise read as epoch days or fields) within {@link Dates},
 * ids only in their canonical form, enum names exactly.
 */
final class StrictValues {

    static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final String DATE = "må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2027-03-18";
    static final String TIME = "må være et klokkeslett på formen TT:MM, for eksempel 18:00";
    static final String INSTANT = "må være et tidspunkt på formen 2027-03-18T17:00:00Z";
    static final String ID = "må være en id (UUID) på formen 3f2b8c1e-0000-4000-8000-000000000000";

    private StrictValues() {
    }

    static SimpleModule module() {
        return new SimpleModule("moteplass-strict-values")
                .addDeserializer(String.class, new TextDeserializer(false))
                .addDeserializer(UUID.class, new Parsed<>(UUID.class, ID, value -> {
                    if (!CANONICAL_UUID.matcher(value).matches()) {
                        throw new IllegalArgumentException(value);
                    }
                    return UUID.fromString(value);
                }, id -> true, ID))
                .addDeserializer(LocalDate.class, new Parsed<>(LocalDate.class, DATE, LocalDate::parse,
                        Dates::isPlausible, Dates.OUT_OF_RANGE))
                .addDeserializer(LocalTime.class, new Parsed<>(LocalTime.class, TIME, LocalTime::parse, time -> true,
                        TIME))
                .addDeserializer(Instant.class, new Parsed<>(Instant.class, INSTANT, Instant::parse,
                        Dates::isPlausible, Dates.OUT_OF_RANGE))
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                        return new ExactEnum(deserializer);
                    }
                });
    }

    /** Enum names exactly as declared: Jackson would also take {@code "PARENT "} by trimming it. */
    static final class ExactEnum extends DelegatingDeserializer {

        ExactEnum(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ExactEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !parser.getString().equals(parser.getString().strip())) {
                throw new RejectedInput(parser, "må skrives nøyaktig som en av verdiene, uten mellomrom",
                        handledType());
            }
            return super.deserialize(parser, context);
        }
    }

    /** Text: a JSON string, by {@link Text}'s rules; line breaks only where the field is {@link FreeText}. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {

        private final boolean freeText;

        TextDeserializer(boolean freeText) {
            super(String.class);
            this.freeText = freeText;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean free = property != null && property.getAnnotation(FreeText.class) != null;
            return free == freeText ? this : new TextDeserializer(free);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RejectedInput(parser, "må være tekst (i anførselstegn)", String.class);
            }
            String value = parser.getString();
            Text.refusal(value, freeText).ifPresent(reason -> {
                throw new RejectedInput(parser, reason, String.class);
            });
            return value;
        }
    }

    /** A value written as a string in one exact format, and within a plausible range. */
    static final class Parsed<T> extends StdScalarDeserializer<T> {

        private final String format;
        private final Function<String, T> parse;
        private final Predicate<T> plausible;
        private final String implausible;

        Parsed(Class<T> type, String format, Function<String, T> parse, Predicate<T> plausible, String implausible) {
            super(type);
            this.format = format;
            this.parse = parse;
            this.plausible = plausible;
            this.implausible = implausible;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RejectedInput(parser, format, handledType());
            }
            T value;
            try {
                value = parse.apply(parser.getString());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new RejectedInput(parser, format, handledType());
            }
            if (!plausible.test(value)) {
                throw new RejectedInput(parser, implausible, handledType());
            }
            return value;
        }
    }
}
