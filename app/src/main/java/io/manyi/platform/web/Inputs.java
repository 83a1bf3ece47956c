package io.manyi.platform.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Parsing of request values that names the field when it refuses ({@link BadInput}, 400). Months
 * and dates are kept to years 1900-2999: a year like 99999 parses in Java but fails in the
 * database, a 500 instead of a 400.
 */
public final class Inputs {

    private static final Pattern MSISDN = Pattern.compile("\\d{11}");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;

    private Inputs() {
    }

    /** {@code YYYY-MM}; required. */
    public static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BadInput.required(field);
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new BadInput(field, InputReason.MONTH, value);
    }

    /** {@code YYYY-MM}, or {@code fallback} when absent. */
    public static YearMonth month(String field, String value, YearMonth fallback) {
        return value == null || value.isBlank() ? fallback : month(field, value);
    }

    /** {@code YYYY-MM-DD}; required. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BadInput.required(field);
        }
        try {
            return date(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new BadInput(field, InputReason.DATE, value);
        }
    }

    /** A date already parsed (by Spring or Jackson) kept to the years the database holds. */
    public static LocalDate date(String field, LocalDate date) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw new BadInput(field, InputReason.DATE, date.toString());
        }
        return date;
    }

    /** A month already parsed, kept to the years the database holds. */
    public static YearMonth month(String field, YearMonth month) {
        if (month != null && (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR)) {
            throw new BadInput(field, InputReason.MONTH, month.toString());
        }
        return month;
    }

    /** A whole number in {@code [min, max]}. */
    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw BadInput.range(field, String.valueOf(value), min, max);
        }
        return value;
    }

    /** A whole number in {@code [min, max]}. */
    public static long between(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw BadInput.range(field, String.valueOf(value), min, max);
        }
        return value;
    }

    /** Free text of at most {@code max} characters; null stays null. */
    public static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw BadInput.tooLong(field, max);
        }
        return value;
    }

    /** Free text of at most {@code max} characters, not blank. */
    public static String requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw BadInput.required(field);
        }
        return text(field, value, max);
    }

    /** A subscriber's number: 11 digits. */
    public static String msisdn(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BadInput.required(field);
        }
        if (!MSISDN.matcher(value).matches()) {
            throw new BadInput(field, InputReason.MSISDN, value);
        }
        return value;
    }

    /** A subscriber's number when given: 11 digits; null or blank stays null. */
    public static String optionalMsisdn(String field, String value) {
        return value == null || value.isBlank() ? null : msisdn(field, value);
    }

    /** One of {@code allowed} (compared as given); null stays null. */
    public static String oneOf(String field, String value, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw BadInput.oneOf(field, value, allowed);
        }
        return value;
    }

    /** An enum constant by name (case-insensitive); null or blank stays null. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw BadInput.oneOf(field, value, java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
