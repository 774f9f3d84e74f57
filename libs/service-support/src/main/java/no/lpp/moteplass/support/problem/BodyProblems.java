package no.lpp.moteplass.support.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field a request body got wrong and says, in Norwegian, what it must be instead: from the exception Jackson
 * raised while reading it. Values are never echoed back; they may be personal data or control characters.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    /** The field problem for a body Jackson could not read, if the failure points at a field. */
    static Optional<FieldProblem> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                return Optional.of(new FieldProblem(path(json.getPath()), reason(json)));
            }
        }
        return Optional.empty();
    }

    private static String reason(JacksonException failure) {
        return switch (failure) {
            case RejectedInput rejected -> rejected.getOriginalMessage();
            case UnrecognizedPropertyException unknown -> "er ikke et felt her; sjekk stavemåten";
            case InvalidNullException missing -> "må fylles ut";
            case InputCoercionException number -> "er et for stort eller for lite tall";
            case MismatchedInputException mismatch -> expected(mismatch.getTargetType());
            default -> "har ugyldig verdi";
        };
    }

    /** What a value of this type looks like, to tell the client what to send. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "har feil type";
        }
        if (type.isEnum()) {
            return "må være en av: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "må være et heltall";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "må være true eller false";
        }
        if (type == String.class) {
            return "må være tekst (i anførselstegn)";
        }
        if (type == UUID.class) {
            return "må være en id (UUID)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "må være en liste";
        }
        return "må være et objekt med feltene beskrevet i API-dokumentasjonen";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(printable(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(innhold)" : path.toString();
    }

    /** An unknown field's name is the client's text: shown only when it is plain. */
    private static String printable(String name) {
        return name.length() <= 100 && name.chars().allMatch(c -> c > 0x20 && c < 0x7F) ? name : "(ugyldig feltnavn)";
    }
}
