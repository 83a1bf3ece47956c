package io.manyi.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Jackson's reading failures in the caller's words: the field's path ({@code items[0].points})
 * and what it must be ("a whole number"), never the Java type or Jackson's own message, which
 * name classes and echo the input whole.
 */
public final class JsonInputErrors {

    private JsonInputErrors() {
    }

    /** The refusal for a body that could not be read; {@code failure} may wrap a Jackson exception. */
    public static BadInput describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BadInput bad) {
                return bad; // a check inside a record's constructor or a deserializer of ours
            }
        }
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson == null) {
            return new BadInput("body", InputReason.JSON, null);
        }
        String field = path(jackson);
        if (jackson instanceof ValueInstantiationException && jackson.getCause() instanceof IllegalArgumentException) {
            return new BadInput(field, InputReason.INVALID, null, BadInput.echo(String.valueOf(jackson.getCause().getMessage())));
        }
        if (find(failure, StreamConstraintsException.class) != null || find(failure, InputCoercionException.class) != null) {
            return new BadInput(field, InputReason.TOO_BIG, null);
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String given = jackson instanceof InvalidFormatException format && format.getValue() != null
                    ? String.valueOf(format.getValue()) : null;
            return expected(field, mismatch.getTargetType(), given);
        }
        if (jackson instanceof UnexpectedEndOfInputException || jackson instanceof StreamReadException) {
            return new BadInput(field, InputReason.JSON, null);
        }
        return new BadInput(field, InputReason.JSON, null);
    }

    /** A path variable or parameter Spring could not convert: its name and what it must be. */
    public static BadInput mismatch(org.springframework.beans.TypeMismatchException e) {
        Class<?> type = e.getRequiredType() == null ? String.class : e.getRequiredType();
        return expected(e.getPropertyName() == null ? "parameter" : e.getPropertyName(), type,
                e.getValue() == null ? null : String.valueOf(e.getValue()));
    }

    /** What a value of {@code type} must be. */
    static BadInput expected(String field, Class<?> type, String given) {
        InputReason reason = given != null && given.indexOf('\u0000') >= 0 ? InputReason.CONTROL : reason(type);
        if (reason == InputReason.ONE_OF) {
            return BadInput.oneOf(field, given, Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        return new BadInput(field, reason, given);
    }

    static InputReason reason(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == BigInteger.class || type == Byte.class
                || type == byte.class) {
            return InputReason.WHOLE_NUMBER;
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class || Number.class.isAssignableFrom(type)) {
            return InputReason.NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return InputReason.BOOLEAN;
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return InputReason.TEXT;
        }
        if (type == LocalDate.class) {
            return InputReason.DATE;
        }
        if (type == YearMonth.class) {
            return InputReason.MONTH;
        }
        if (Temporal.class.isAssignableFrom(type) || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return InputReason.TIME;
        }
        if (type.isEnum()) {
            return InputReason.ONE_OF;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return InputReason.LIST;
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return InputReason.OBJECT;
        }
        return InputReason.JSON;
    }

    /** {@code a.b[2].c}, or {@code body} for the whole body. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(BadInput.echo(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
