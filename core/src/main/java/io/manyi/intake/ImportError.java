package io.manyi.intake;

/**
 * Why one value, row or file was not accepted. {@code line} is the physical line of the file
 * (1 = the header), {@code column} the CSV column or null for the whole row, {@code value} the
 * value as read (null when there is none to show).
 */
public record ImportError(String file, long line, String column, String value, String reason) {

    private static final int SHOWN_VALUE = 80;

    /** E.g. {@code usage.csv line 1234, column spend: "12,5x" is not an amount in yuan (e.g. 86.50)}. */
    public String message() {
        StringBuilder m = new StringBuilder(file);
        if (line > 0) {
            m.append(" line ").append(line);
        }
        if (column != null) {
            m.append(", column ").append(column);
        }
        m.append(": ");
        if (value != null && !value.isEmpty()) {
            m.append('"').append(shown(value)).append("\" ");
        }
        return m.append(reason).toString();
    }

    /** The message without the file and line: {@code column spend: "12,5x" is not an amount ...}. */
    public String detail() {
        StringBuilder m = new StringBuilder();
        if (column != null) {
            m.append("column ").append(column).append(": ");
        }
        if (value != null && !value.isEmpty()) {
            m.append('"').append(shown(value)).append("\" ");
        }
        return m.append(reason).toString();
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_VALUE ? value : value.substring(0, SHOWN_VALUE) + "...";
    }

    @Override
    public String toString() {
        return message();
    }
}
