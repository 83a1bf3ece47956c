package io.manyi.intake;

import java.util.List;
import java.util.Map;

/**
 * The type of a CSV column: checks one trimmed, non-empty value and writes its normalised form
 * (what PostgreSQL will be given) into the row being built.
 */
public interface ColumnType {

    /**
     * Checks {@code chars[start, end)} and appends the normalised value to {@code row}.
     *
     * @return null when the value is valid, otherwise the reason, phrased to follow the quoted
     * value: {@code is not a date YYYY-MM-DD (e.g. 2024-03-15)}
     */
    String normalise(char[] chars, int start, int end, ValidatedRow row);

    /** The type in a few words, for documentation: "date YYYY-MM-DD". */
    String describe();

    /** Whether every normalised value is ASCII that COPY text need not escape (digits, dates, codes). */
    default boolean plainAscii() {
        return false;
    }

    static ColumnType text(int maxLength) {
        return new TextType(maxLength);
    }

    static ColumnType wholeNumber() {
        return NumberTypes.WHOLE_NUMBER;
    }

    static ColumnType money() {
        return NumberTypes.MONEY;
    }

    static ColumnType date() {
        return CalendarTypes.DATE;
    }

    static ColumnType month() {
        return CalendarTypes.MONTH;
    }

    static ColumnType timestamp() {
        return CalendarTypes.TIMESTAMP;
    }

    static ColumnType yesNo() {
        return ChoiceType.YES_NO;
    }

    /** One of {@code values} (any case), or one of the aliases' keys standing for a value. */
    static ColumnType choice(List<String> values, Map<String, String> aliases) {
        return new ChoiceType(values, aliases);
    }

    static ColumnType msisdn() {
        return Identifiers.MSISDN;
    }

    static ColumnType idNumber() {
        return Identifiers.ID_NUMBER;
    }
}
